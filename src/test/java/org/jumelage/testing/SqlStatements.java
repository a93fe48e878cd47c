package org.jumelage.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements that code run on the current thread sends to the database: every statement executed on a
 * connection of the application's {@link DataSource}, whether Hibernate, Spring Data, a {@code JdbcTemplate} or
 * Flyway sent it. Import {@link Counting} into a test's context to wrap its data source, then {@link #record} what a
 * request runs.
 *
 * <p>Only the recording thread's statements count. MockMvc runs a whole request (filters, controller, view rendering)
 * on the thread that performs it, so the record is exactly the request's statements: reminder jobs and asynchronous
 * event listeners, which run on threads of their own, cannot add to it.
 */
public final class SqlStatements {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    private SqlStatements() {}

    /** The statements one piece of work ran, in order. */
    public record Recording(List<String> statements) {

        public int count() {
            return statements.size();
        }

        /**
         * How often each distinct statement ran, most frequent first; lists of parameters ({@code in (?,?,?)}) count as
         * one, since a batch look-up of more rows is the same statement.
         */
        public Map<String, Long> frequencies() {
            return statements.stream()
                    .map(sql -> sql.replaceAll("\\(\\?(,\\s*\\?)+\\)", "(?, ...)"))
                    .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                    .entrySet()
                    .stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        }

        /** The statements that ran more often here than in {@code before}, with both counts: where an N+1 shows. */
        public String grownSince(Recording before) {
            Map<String, Long> earlier = before.frequencies();
            return frequencies().entrySet().stream()
                    .filter(e -> e.getValue() > earlier.getOrDefault(e.getKey(), 0L))
                    .map(e -> "  " + earlier.getOrDefault(e.getKey(), 0L) + " -> " + e.getValue() + ": " + e.getKey())
                    .collect(Collectors.joining("\n"));
        }

        @Override
        public String toString() {
            return frequencies().entrySet().stream()
                    .map(e -> "  " + e.getValue() + "x " + e.getKey())
                    .collect(Collectors.joining("\n"));
        }
    }

    /** Runs the work and returns its result with the statements it ran on this thread. */
    public static <T> Recorded<T> record(Callable<T> work) throws Exception {
        if (RECORDING.get() != null) {
            throw new IllegalStateException("already recording on this thread");
        }
        List<String> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            T result = work.call();
            return new Recorded<>(result, new Recording(List.copyOf(statements)));
        } finally {
            RECORDING.remove();
        }
    }

    /** A result with the statements it took. */
    public record Recorded<T>(T result, Recording statements) {}

    private static void executed(String sql) {
        List<String> statements = RECORDING.get();
        if (statements != null) {
            statements.add(sql == null ? "(batch)" : sql.strip().replaceAll("\\s+", " "));
        }
    }

    /** Wraps the context's data sources, keeping their type (a subclass proxy), so that every statement is seen. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Counting {

        @Bean
        static BeanPostProcessor statementCountingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (!(bean instanceof DataSource dataSource)) {
                        return bean;
                    }
                    ProxyFactory factory = new ProxyFactory(dataSource);
                    factory.setProxyTargetClass(true);
                    factory.addAdvice((MethodInterceptor) invocation -> {
                        Object result = invocation.proceed();
                        return result instanceof Connection connection
                                        && invocation.getMethod().getName().equals("getConnection")
                                ? wrap(Connection.class, connection, new ConnectionHandler(connection))
                                : result;
                    });
                    return factory.getProxy();
                }
            };
        }
    }

    private static <T> T wrap(Class<T> type, T target, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Hands out statements that report their executions; everything else goes to the pool's connection. */
    private record ConnectionHandler(Connection target) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    return "counting " + target;
                }
                default -> {}
            }
            Object result = call(target, method, args);
            String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
            if (result instanceof CallableStatement statement) {
                return wrap(CallableStatement.class, statement, new StatementHandler(statement, sql));
            }
            if (result instanceof PreparedStatement statement) {
                return wrap(PreparedStatement.class, statement, new StatementHandler(statement, sql));
            }
            if (result instanceof Statement statement) {
                return wrap(Statement.class, statement, new StatementHandler(statement, null));
            }
            return result;
        }
    }

    /** Reports each execution: a prepared statement with the SQL it was prepared with, a plain one with its own. */
    private record StatementHandler(Statement target, String preparedSql) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().startsWith("execute")) {
                executed(args != null && args.length > 0 && args[0] instanceof String sql ? sql : preparedSql);
            }
            return call(target, method, args);
        }
    }
}
