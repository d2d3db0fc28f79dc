package fr.passerelle.bootstrap.wiring;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Opens the transaction at the use-case boundary: each call of an inbound port commits whole or not at all.
 * The application layer stays free of any transaction API.
 */
final class TransactionBoundary {

    private TransactionBoundary() {
    }

    static <T> T around(Class<T> inboundPort, T useCase) {
        Object proxy = Proxy.newProxyInstance(inboundPort.getClassLoader(), new Class<?>[]{inboundPort},
                (self, method, arguments) -> method.getDeclaringClass() == Object.class
                        ? invoke(useCase, method, arguments)
                        : QuarkusTransaction.joiningExisting().call(() -> invoke(useCase, method, arguments)));
        return inboundPort.cast(proxy);
    }

    /**
     * Makes every call of an outbound port a unit of work of its own: it joins the caller's transaction if there is
     * one, else it runs in its own short transaction. For an adapter used both within use cases and by a worker that
     * must hold no transaction across slow I/O (the mail outbox: enqueued with the change, claimed and recorded
     * around each SMTP exchange).
     */
    static <T> T perCall(Class<T> outboundPort, T adapter) {
        return around(outboundPort, adapter);
    }

    /**
     * Runs every call of an outbound port outside the caller's transaction, which is suspended meanwhile. For ports
     * whose adapter talks HTTP through a reactive client: that client carries the current transaction over to its
     * event-loop thread, after which the transaction can no longer be rolled back (Narayana aborts "with multiple
     * threads active" and the connection's rollback fails), so that what the use case had written stays committed.
     */
    static <T> T outside(Class<T> outboundPort, T adapter) {
        Object proxy = Proxy.newProxyInstance(outboundPort.getClassLoader(), new Class<?>[]{outboundPort},
                (self, method, arguments) -> method.getDeclaringClass() == Object.class
                        ? invoke(adapter, method, arguments)
                        : withTransactionSuspended(adapter, method, arguments));
        return outboundPort.cast(proxy);
    }

    /** The adapter's own exception, not the wrapper the suspending runner puts around it. */
    private static Object withTransactionSuspended(Object adapter, Method method, Object[] arguments) {
        try {
            return QuarkusTransaction.suspendingExisting().call(() -> invoke(adapter, method, arguments));
        } catch (QuarkusTransactionException wrapped) {
            if (wrapped.getCause() instanceof RuntimeException adapterFailure) {
                throw adapterFailure;
            }
            throw wrapped;
        }
    }

    private static Object invoke(Object target, Method method, Object[] arguments) throws Exception {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw (Error) e.getCause();
        }
    }
}
