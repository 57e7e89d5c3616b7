package org.copydesk.sync;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.RefAdvertiser;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A git smart-HTTP server on 127.0.0.1 with basic authentication, serving one bare repository as {@code /desk.git}
 * (JDK's HttpServer and JGit's UploadPack/ReceivePack: JGit's GitServlet does not resolve here). Plain http on
 * loopback, for the credentials path. Counts the requests refused for want of the right user name and password.
 */
public final class LoopbackHttpGit implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads;
    private final Repository repo;
    private final String user;
    private final String password;
    public final AtomicInteger refused = new AtomicInteger();
    final AtomicInteger served = new AtomicInteger();

    public LoopbackHttpGit(Path bare, String user, String password) throws IOException {
        this.repo = new FileRepositoryBuilder().setGitDir(bare.toFile()).setMustExist(true).build();
        this.user = user;
        this.password = password;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        threads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "loopback-http-git");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/desk.git/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/desk.git";
    }

    private boolean signedIn(HttpExchange ex) {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String expected = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return expected.equals(auth);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!signedIn(ex)) {
                if (ex.getRequestHeaders().getFirst("Authorization") != null) {
                    refused.incrementAndGet();
                }
                ex.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"desk\"");
                ex.sendResponseHeaders(401, -1);
                return;
            }
            String path = ex.getRequestURI().getPath();
            String query = ex.getRequestURI().getQuery();
            served.incrementAndGet();
            if (path.endsWith("/info/refs") && query != null && query.contains("service=")) {
                String service = query.substring(query.indexOf("service=") + 8);
                ex.getResponseHeaders().add("Content-Type", "application/x-" + service + "-advertisement");
                ex.getResponseHeaders().add("Cache-Control", "no-cache");
                ex.sendResponseHeaders(200, 0);
                try (OutputStream out = ex.getResponseBody()) {
                    PacketLineOut pkt = new PacketLineOut(out);
                    pkt.writeString("# service=" + service + "\n");
                    pkt.end();
                    RefAdvertiser.PacketLineOutRefAdvertiser adv = new RefAdvertiser.PacketLineOutRefAdvertiser(pkt);
                    if (service.equals("git-upload-pack")) {
                        UploadPack up = new UploadPack(repo);
                        up.setBiDirectionalPipe(false);
                        up.sendAdvertisedRefs(adv);
                    } else if (service.equals("git-receive-pack")) {
                        ReceivePack rp = new ReceivePack(repo);
                        rp.setBiDirectionalPipe(false);
                        rp.sendAdvertisedRefs(adv);
                    }
                }
                return;
            }
            if (ex.getRequestMethod().equals("POST") && (path.endsWith("/git-upload-pack") || path.endsWith("/git-receive-pack"))) {
                boolean upload = path.endsWith("/git-upload-pack");
                InputStream in = ex.getRequestBody();
                if ("gzip".equals(ex.getRequestHeaders().getFirst("Content-Encoding"))) {
                    in = new GZIPInputStream(in);
                }
                ex.getResponseHeaders().add("Content-Type", "application/x-git-" + (upload ? "upload" : "receive") + "-pack-result");
                ex.sendResponseHeaders(200, 0);
                try (OutputStream out = ex.getResponseBody()) {
                    if (upload) {
                        UploadPack up = new UploadPack(repo);
                        up.setBiDirectionalPipe(false);
                        up.upload(in, out, null);
                    } else {
                        ReceivePack rp = new ReceivePack(repo);
                        rp.setBiDirectionalPipe(false);
                        rp.receive(in, out, null);
                    }
                }
                return;
            }
            ex.sendResponseHeaders(404, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        repo.close();
    }
}
