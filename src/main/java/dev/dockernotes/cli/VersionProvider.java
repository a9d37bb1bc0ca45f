package dev.dockernotes.cli;

import picocli.CommandLine.IVersionProvider;

/** "dockernotes 0.1.0" and the Java runtime it runs on, as bug reports need both. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        if (version == null) {
            version = fromResource(); // classes run outside the jar: tests, the man page generator
        }
        return new String[] {
            "dockernotes " + (version == null ? "dev" : version),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
                    + System.getProperty("java.vendor") + ")"};
    }

    private static String fromResource() {
        try (java.io.InputStream in = VersionProvider.class.getResourceAsStream("/dockernotes-version.properties")) {
            if (in == null) {
                return null;
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
