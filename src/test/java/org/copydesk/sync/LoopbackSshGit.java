package org.copydesk.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * An ssh git server on 127.0.0.1 (Apache MINA sshd with a git command factory running JGit's UploadPack and
 * ReceivePack; JGit's own SshTestGitServer does not resolve here), serving one bare repository as {@code /desk.git}
 * to one user with one public key. Its host key is made fresh, so that a client sees it as unknown.
 */
final class LoopbackSshGit implements AutoCloseable {
    static final String USER = "desk";
    final KeyPair hostKey;
    private final SshServer server;
    private final Repository repo;
    final AtomicInteger sessions = new AtomicInteger();

    LoopbackSshGit(Path bare, PublicKey clientKey) throws IOException, GeneralSecurityException {
        this.repo = new FileRepositoryBuilder().setGitDir(bare.toFile()).setMustExist(true).build();
        this.hostKey = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPublickeyAuthenticator((user, key, session) -> USER.equals(user)
                && Arrays.equals(key.getEncoded(), clientKey.getEncoded()));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setGSSAuthenticator(null);
        server.setHostBasedAuthenticator(null);
        server.setCommandFactory((CommandFactory) (channel, command) -> new GitCommand(command));
        server.start();
    }

    int port() {
        return server.getPort();
    }

    String url() {
        return "ssh://" + USER + "@127.0.0.1:" + port() + "/desk.git";
    }

    /** The line known_hosts has for this server. */
    String knownHostsLine() {
        return "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(hostKey.getPublic());
    }

    String fingerprint() {
        return KeyUtils.getFingerPrint(hostKey.getPublic());
    }

    /** A new client key pair, written to {@code sshDir/id_ecdsa} (OpenSSH format; encrypted when a passphrase is given). */
    static KeyPair clientKey(Path sshDir, String passphrase) throws IOException, GeneralSecurityException {
        KeyPair kp = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
        Files.createDirectories(sshDir);
        OpenSSHKeyEncryptionContext enc = null;
        if (passphrase != null) {
            enc = new OpenSSHKeyEncryptionContext();
            enc.setCipherName("AES");
            enc.setCipherMode("CTR");
            enc.setCipherType("256");
            enc.setPassword(passphrase);
        }
        try (OutputStream out = Files.newOutputStream(sshDir.resolve("id_ecdsa"))) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(kp, "test", enc, out);
        }
        return kp;
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
        repo.close();
    }

    /** {@code git-upload-pack '/desk.git'} or {@code git-receive-pack '/desk.git'}, on a thread of its own. */
    private final class GitCommand implements Command {
        private final String command;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;

        GitCommand(String command) {
            this.command = command;
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exit = callback;
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            sessions.incrementAndGet();
            List<String> words = CommandFactory.split(command);
            Thread t = new Thread(() -> {
                int code = 0;
                try {
                    String path = words.size() < 2 ? "" : words.get(1).replace("'", "");
                    if (!path.equals("/desk.git") && !path.equals("desk.git")) {
                        err.write(("no repository " + path + "\n").getBytes());
                        err.flush();
                        code = 1;
                    } else if (words.get(0).equals("git-upload-pack")) {
                        new UploadPack(repo).upload(in, out, err);
                    } else if (words.get(0).equals("git-receive-pack")) {
                        new ReceivePack(repo).receive(in, out, err);
                    } else {
                        code = 127;
                    }
                    out.flush();
                } catch (IOException e) {
                    code = 1;
                }
                exit.onExit(code);
            }, "loopback-ssh-git");
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void destroy(ChannelSession channel) {
        }
    }
}
