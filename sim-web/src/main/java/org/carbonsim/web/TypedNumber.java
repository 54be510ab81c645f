package org.carbonsim.web;

/**
 * A number as a student or the teacher types it into a page, made ready for Java's parsers. Chinese
 * input methods in full-width mode type {@code ４０．５} for 40.5, so every numeric field of the
 * classroom (price, quantity, abatement, order number, days, speed) reads the full-width digits
 * {@code ０}-{@code ９}, point {@code ．}, plus {@code ＋} and minus {@code －} as their ASCII forms.
 * Other digits than these (such as {@code ١٢}), which Java's parsers would read too, are refused with
 * a message naming the field, so that no field reads a number the others refuse. Stateless.
 */
final class TypedNumber {
    private static final char FULL_WIDTH_ZERO = '\uFF10';
    private static final char FULL_WIDTH_NINE = '\uFF19';

    private TypedNumber() {}

    /**
     * {@code text} stripped of surrounding spaces (the ideographic space too), full-width digits and
     * signs in ASCII; "" for none.
     *
     * @param field the field's name, which starts the refusal's message
     * @throws TicketParser.BadTicket when {@code text} holds other digits than ASCII or full-width ones
     */
    static String ascii(String field, String text) throws TicketParser.BadTicket {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        StringBuilder ascii = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c >= FULL_WIDTH_ZERO && c <= FULL_WIDTH_NINE) {
                ascii.append((char) ('0' + (c - FULL_WIDTH_ZERO)));
            } else if (c == '\uFF0E') {
                ascii.append('.');
            } else if (c == '\uFF0B') {
                ascii.append('+');
            } else if (c == '\uFF0D') {
                ascii.append('-');
            } else if (c > 127 && Character.isDigit(c)) {
                throw new TicketParser.BadTicket(field + ": only the digits 0-9 (or full-width ０-９) are read as a"
                        + " number, not '" + TicketParser.clip(text) + "'");
            } else {
                ascii.append(c);
            }
        }
        return ascii.toString();
    }
}
