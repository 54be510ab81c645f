package org.carbonsim.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import jdk.internal.org.objectweb.asm.ClassReader;
import jdk.internal.org.objectweb.asm.ClassVisitor;
import jdk.internal.org.objectweb.asm.ClassWriter;
import jdk.internal.org.objectweb.asm.Opcodes;

/**
 * Build step: copies picocli's classes out of its jar into the classes folder, rewritten from
 * class-file version 49 (Java 5), which Java 17's class-data sharing refuses to archive ("Old class
 * has been linked"), to version 52 with the stack maps the JVM verifies. The code is unchanged; only
 * the version and the computed frames differ. The launcher's archive then maps picocli's 230 classes
 * instead of reading and verifying them from the jar at every start (benchmarks/README.md, "Start-up").
 *
 * <p>The rewriting uses the ASM copy inside the JDK ({@code --add-exports
 * java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED}), so the build needs nothing beyond Maven
 * Central's picocli jar. On a JDK without it, or if a class cannot be rewritten, the classes are copied
 * as they are: the jar is then the same as before, only slower to start.
 *
 * <p>Arguments: the picocli jar, the classes folder.
 */
public final class PicocliClassFiles {
    private PicocliClassFiles() {}

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        Map<String, byte[]> originals = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!entry.isDirectory() && name.startsWith("picocli/") && name.endsWith(".class")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        originals.put(name, in.readAllBytes());
                    }
                }
            }
        }
        // all or none: the archive refuses a rewritten class whose superclass or interface is an old one
        Map<String, byte[]> classFiles = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, byte[]> original : originals.entrySet()) {
                classFiles.put(original.getKey(), Version52.rewrite(original.getValue()));
            }
            System.out.println("picocli: " + classFiles.size() + " classes rewritten to class-file version 52");
        } catch (LinkageError | RuntimeException e) {
            System.out.println("picocli: classes copied unchanged, as they could not be rewritten (" + e + ")");
            classFiles = originals;
        }
        for (Map.Entry<String, byte[]> classFile : classFiles.entrySet()) {
            Path target = classes.resolve(classFile.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, classFile.getValue());
        }
    }

    /** The rewriting itself, apart so that a JDK without its ASM copy fails here with a LinkageError. */
    private static final class Version52 {
        static byte[] rewrite(byte[] original) {
            ClassReader reader = new ClassReader(original);
            ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
                @Override
                protected ClassLoader getClassLoader() {
                    // the frames' common superclasses are looked up among picocli's own classes too
                    return PicocliClassFiles.class.getClassLoader();
                }
            };
            reader.accept(
                    new ClassVisitor(Opcodes.ASM8, writer) {
                        @Override
                        public void visit(
                                int version,
                                int access,
                                String name,
                                String signature,
                                String superName,
                                String[] interfaces) {
                            super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
                        }
                    },
                    0);
            return writer.toByteArray();
        }
    }
}
