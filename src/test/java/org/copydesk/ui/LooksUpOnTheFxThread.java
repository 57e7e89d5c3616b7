package org.copydesk.ui;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.extension.Extension;
import org.testfx.api.FxService;
import org.testfx.api.FxServiceContext;
import org.testfx.service.finder.NodeFinder;
import org.testfx.service.query.NodeQuery;

/**
 * Makes every TestFX look-up ({@code robot.lookup(...)}, {@code robot.from(...)}, and the look-ups behind
 * {@code clickOn("#id")}) walk the scene on the FX thread.
 *
 * <p>TestFX walks the scene graph on the calling thread, the test's. While the FX thread changes the scene (a save
 * refreshes a list row, a status message arrives, a panel rebuilds its children), that walk read a children list in the
 * middle of its change: {@code IndexOutOfBoundsException: Index 12 out of bounds for length 0} from an assertion after
 * a save, once in a CI run. Every call on TestFX's node finder and on the queries it returns runs here on the FX thread
 * (the caller waits for it), so a look-up sees the scene between two of its changes, as the app's own code does.
 *
 * <p>Registered for every test by auto-detection ({@code META-INF/services}); the finder is replaced once, when JUnit
 * loads the extensions, before any {@code FxRobot} (which copies the finder) exists.
 */
public final class LooksUpOnTheFxThread implements Extension {
    static {
        install();
    }

    private static void install() {
        FxServiceContext services = FxService.serviceContext();
        NodeFinder finder = services.getNodeFinder();
        if (Proxy.isProxyClass(finder.getClass())) {
            return;
        }
        try {
            Field field = FxServiceContext.class.getDeclaredField("nodeFinder");
            field.setAccessible(true);
            field.set(services, onFxThread(NodeFinder.class, finder));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("TestFX's node finder could not be wrapped: " + e, e);
        }
    }

    /** A proxy of {@code target} whose every call runs on the FX thread; queries it answers are wrapped the same way. */
    static <T> T onFxThread(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(target, args);
            }
            Object result = call(target, method, args);
            return result instanceof NodeQuery q && !Proxy.isProxyClass(q.getClass())
                    ? onFxThread(NodeQuery.class, q) : result;
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        if (Platform.isFxApplicationThread()) {
            return invoke(target, method, args);
        }
        // not WaitForAsyncUtils.asyncFx: it prints every exception (a look-up in a wait fails many times) and queues it
        CompletableFuture<Object> answer = new CompletableFuture<>();
        try {
            Platform.runLater(() -> {
                try {
                    answer.complete(invoke(target, method, args));
                } catch (Throwable t) {
                    answer.completeExceptionally(t);
                }
            });
        } catch (IllegalStateException toolkitNotStarted) {
            return invoke(target, method, args); // no FX thread yet: nothing else changes the scene
        }
        try {
            return answer.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
