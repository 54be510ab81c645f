package org.carbonsim.cli;

import picocli.CommandLine;

/** Reads the version that Maven wrote into {@code version.properties} at build time. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Provenance.version();
        return new String[] {
            "carbonsim " + (version != null ? version : "unknown"),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
