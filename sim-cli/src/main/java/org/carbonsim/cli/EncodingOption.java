package org.carbonsim.cli;

import java.nio.charset.Charset;
import org.carbonsim.core.csv.CsvReader;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --encoding} option of commands that read CSV input (order logs, enterprise registers):
 * the charset the files were saved in, UTF-8 by default. Chinese spreadsheets often export GBK. A
 * byte-order mark in a file overrides it.
 */
public final class EncodingOption {
    @Option(
            names = "--encoding",
            paramLabel = "CHARSET",
            defaultValue = "UTF-8",
            converter = EncodingOption.Converter.class,
            description = "Encoding of the CSV files the command reads (an order log, a scenario's enterprise"
                    + " register, calibration targets), e.g. GBK or GB18030 (default ${DEFAULT-VALUE}); a byte-order"
                    + " mark in the file overrides it.")
    Charset charset;

    /** The declared charset. */
    Charset charset() {
        return charset;
    }

    /** Turns a charset name into a {@link Charset}, or a message naming the expected form. */
    static final class Converter implements CommandLine.ITypeConverter<Charset> {
        @Override
        public Charset convert(String value) {
            try {
                return CsvReader.charset(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
