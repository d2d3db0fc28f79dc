package fr.passerelle.bootstrap.wiring;

import io.quarkus.narayana.jta.QuarkusTransaction;

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
