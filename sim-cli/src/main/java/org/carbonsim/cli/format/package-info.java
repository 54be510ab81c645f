/**
 * The low-level formats and output plumbing the commands and {@code org.carbonsim.cli.files} write
 * through: {@link Csv} (RFC 4180 cells, guarded against formula injection) and {@link JsonText} (gson's
 * writer in the layout people read) for data files, {@link OutputFolder}, {@link OutputEntries} and {@link
 * OutputFile} for writing a folder, some entries of one or a single file aside and renaming it into place, so that it is either complete or
 * as it was, {@link FolderLock} so that one command at a time writes a folder, and {@link TerminalTable} and {@link TerminalStyle} for what is printed to a terminal.
 * Nothing here knows about carbon markets: what the files hold is decided in {@code files}.
 */
package org.carbonsim.cli.format;
