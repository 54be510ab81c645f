package org.carbonsim.cli;

import org.carbonsim.cli.files.Provenance;
import picocli.CommandLine;

/** Reads the version that Maven wrote into {@code version.properties} at build time. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Provenance.version();
        return new String[] {
            "carbonsim " + (version != null ? version : "unknown"),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
