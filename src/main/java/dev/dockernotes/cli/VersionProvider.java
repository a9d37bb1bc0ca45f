package dev.dockernotes.cli;

import picocli.CommandLine.IVersionProvider;

/** "dockernotes 0.1.0" and the Java runtime it runs on, as bug reports need both. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {
            "dockernotes " + (version == null ? "dev" : version),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
                    + System.getProperty("java.vendor") + ")"};
    }
}
