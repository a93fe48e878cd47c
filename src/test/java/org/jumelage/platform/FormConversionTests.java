package org.jumelage.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Constructor;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jumelage.people.domain.AccountService;
import org.jumelage.platform.RolledBackCalls.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.SimpleTypeConverter;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.util.HtmlUtils;

/**
 * Bad input changes nothing and never fails with a server error: every handler of ours that changes something (POST,
 * PUT, PATCH) and binds a form object gets, for each of the form's fields that is not text, a request with a value
 * that does not convert ("abc" for a number, "31.02.2027" for a date, "NOPE" for a choice), the other fields absent,
 * and one request with every field absent. Spring then leaves the form's binding result without a target (ADR 0038's
 * {@code PartnershipForm}), which a controller must cope with ({@code FormErrors.usable}), as must the form's compact
 * constructor and the page that shows the form again.
 *
 * <p>The test reads the handler mappings and the adapter's argument resolvers, so a new form is covered without
 * being named here; a handler it cannot call as someone allowed to (no row in the authorization matrix that allows
 * anybody, a path variable without a record) fails it unless {@link #NOT_CALLED} names it with a reason. Each request
 * runs in a transaction that is rolled back, as someone the authorization matrix allows (the administrator where
 * allowed), with the demo data's records for the path's variables.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormConversionTests {

    /** Who is asked first: the administrator, who may use every page of the office. */
    private static final List<String> CALLERS = List.of("admin", "editor", "viewer", "staff", "hr", "paris", "anon");

    /**
     * Handlers that bind a form but are not called, each with its reason. The test fails on a handler that it cannot
     * call and that is not named here, and on a name here that it could call.
     */
    static final Map<String, String> NOT_CALLED = Map.of(
            "POST /office/exchange/nominations/{id}/withdraw",
            "only the nominating coordinator withdraws, and the demo data has no nomination by a partner"
                    + " administration; the form is the version alone, and goes the way of accept and decline");

    /**
     * Handlers that refuse a form their page did not hand out, before they read it (an access token's form makes one
     * token): the page is opened first, in the same session, and the form's id it gave is sent along.
     */
    static final Map<String, String> OPENED_FIRST =
            Map.of("POST /office/accounts/tokens/new", "/office/accounts/tokens/new");

    /**
     * Handlers called by someone else or with another record than the authorization matrix's (the query gives the
     * caller and the record's id): a held or cancelled activity's page has no form to change its status, so a planned
     * one's; the matrix's columns hold nobody who may nominate a guest (Paris's coordinator, for an incoming placement
     * of a programme with Paris) or answer the supervisor's evaluation (the demo's supervisor, whose request is open).
     */
    static final Map<String, String> CALLED_AS = Map.of(
            "POST /office/activities/{id}/status",
            "select 'admin', id from activity where status = 'PLANNED' order by id",
            "POST /office/exchange/placements/{id}/nominations",
            "select 'paris', p.id from host_placement p join exchange_call c on c.id = p.call_id"
                    + " join programme_administration a on a.programme_id = c.programme_id"
                    + " join account u on u.unit_id = a.unit_id where p.incoming and u.username = 'paris' order by p.id",
            "POST /office/exchange/evaluations/{id}",
            "select a.username, r.id from evaluation_request r join account a on a.id = r.respondent_id"
                    + " where r.status = 'OPEN' and r.due_on <= current_date order by r.id");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    RequestMappingHandlerAdapter adapter;

    /** Our controllers', Actuator's and springdoc's mappings. */
    @Autowired
    List<RequestMappingInfoHandlerMapping> mappings;

    @Autowired
    MessageSource messages;

    private AuthorizationFixtures fixtures;
    private RolledBackCalls calls;
    private SimpleTypeConverter converter;

    @BeforeAll
    void fixtures() {
        fixtures = new AuthorizationFixtures(jdbc);
        calls = new RolledBackCalls(mvc, transactions);
        converter = new SimpleTypeConverter();
        if (adapter.getWebBindingInitializer() instanceof ConfigurableWebBindingInitializer initializer) {
            ConversionService conversions = initializer.getConversionService();
            converter.setConversionService(conversions);
        }
    }

    /** A form a handler binds: the handler's method and address, the parameter and its fields that are not text. */
    record FormHandler(String method, String pattern, MethodParameter form, List<Field> fields) {
        String address() {
            return method + " " + pattern;
        }
    }

    /** A field of a form that is not text, and a value it cannot be converted from. */
    record Field(String name, String badValue) {}

    @Test
    void noValueThatDoesNotConvertFailsAForm() throws Exception {
        Map<String, AuthorizationMatrixTests.Row> rows = new LinkedHashMap<>();
        for (AuthorizationMatrixTests.Row row : AuthorizationMatrixTests.table()) {
            rows.put(row.address(), row);
        }
        List<String> wrong = new ArrayList<>();
        Set<String> notCalled = new TreeSet<>();
        int requests = 0;
        int handlers = 0;
        for (FormHandler form : formHandlers()) {
            String caller;
            String path;
            if (CALLED_AS.containsKey(form.address())) {
                // The first row; without one, the handler is not called.
                String[] callerAndId = jdbc.query(
                        CALLED_AS.get(form.address()),
                        rs -> rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : null);
                if (callerAndId == null) {
                    notCalled.add(form.address());
                    continue;
                }
                caller = callerAndId[0];
                path = form.pattern().replace("{id}", callerAndId[1]);
            } else {
                AuthorizationMatrixTests.Row row = rows.get(form.address());
                caller = caller(row);
                // Their own record where the table tells own from another's, as the authorization matrix calls it.
                int missing = fixtures.missing().size();
                path = caller == null
                        ? null
                        : fixtures.path(
                                form.pattern(),
                                caller,
                                row.expected().get(caller).contains("/"));
                if (path == null || fixtures.missing().size() > missing) {
                    notCalled.add(form.address());
                    continue;
                }
            }
            handlers++;
            wrong.addAll(check(form, caller, path, null));
            requests++;
            for (Field field : form.fields()) {
                wrong.addAll(check(form, caller, path, field));
                requests++;
            }
        }
        System.out.printf("[forms] %d handlers binding a form, %d requests%n", handlers, requests);
        assertThat(requests).isGreaterThan(100);
        assertThat(wrong).as("answers to bad input").isEmpty();
        assertThat(notCalled).as("handlers not called").containsExactlyInAnyOrderElementsOf(NOT_CALLED.keySet());
    }

    /**
     * Sends the form with one value that does not convert, or with none at all, and returns what is wrong with the
     * answer: a failure, a server error, no answer from the handler (refused, not found), or, for a value that does
     * not convert, a change reported as saved, or an answer that does not tell the person (the form again with the
     * field's message, or a redirect with the message as the page's).
     */
    private List<String> check(FormHandler form, String caller, String path, Field bad) throws Exception {
        HttpMethod method = HttpMethod.valueOf(form.method());
        MockHttpServletRequestBuilder builder = request(method, path).with(csrf());
        if (!caller.equals("anon")) {
            builder.with(user(accounts.loadUser(caller).orElseThrow()));
        }
        Map<String, String> parameters = new TreeMap<>(fixtures.parameters(form.pattern()));
        if (OPENED_FIRST.containsKey(form.address())) {
            BrowserSession browser = new BrowserSession(mvc);
            MvcResult page = browser.perform(get(OPENED_FIRST.get(form.address()))
                            .with(user(accounts.loadUser(caller).orElseThrow())))
                    .andReturn();
            parameters.put("formId", (String) page.getModelAndView().getModel().get("formId"));
            builder.cookie(browser.cookie());
        }
        if (bad != null) {
            parameters.put(bad.name(), bad.badValue());
        }
        parameters.forEach(builder::param);
        Outcome outcome = calls.perform(builder);
        MockHttpServletResponse response = outcome.response();
        String where = String.format(
                "%s %s as %s with %s",
                form.method(), path, caller, bad == null ? "every field absent" : bad.name() + "=" + bad.badValue());
        if (outcome.failure() != null) {
            return List.of(where + ": " + outcome.rootCause());
        }
        MvcResult result = outcome.result();
        String answer = String.format(
                "%d%s%s",
                response.getStatus(),
                response.getRedirectedUrl() == null
                        ? ""
                        : " → " + response.getRedirectedUrl() + " " + result.getFlashMap(),
                result.getResolvedException() == null ? "" : " " + result.getResolvedException());
        if (!AuthorizationMatrixTests.answerOf(path, response).equals("A") || response.getStatus() >= 400) {
            return List.of(where + ": " + answer);
        }
        if (bad == null) {
            // An empty form may be a valid one; what matters is that it did not fail.
            return List.of();
        }
        if (result.getFlashMap().containsKey("success")) {
            return List.of(where + ": reported as saved, " + answer);
        }
        if (!tellsOf(result, form, bad)) {
            return List.of(where + ": the answer does not tell of the value, " + answer);
        }
        return List.of();
    }

    /**
     * Whether the answer tells the person that the value did not convert, in their language: the page shows the
     * field's message, or the page the request is sent back to gets it as its message.
     */
    private boolean tellsOf(MvcResult result, FormHandler form, Field bad) throws Exception {
        if (result.getResponse().getRedirectedUrl() != null) {
            return "typeMismatch".equals(result.getFlashMap().get("failure"));
        }
        String name = ModelFactory.getNameForParameter(form.form());
        if (result.getModelAndView() == null
                || !(result.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + name)
                        instanceof BindingResult errors)) {
            return false;
        }
        FieldError error = errors.getFieldError(bad.name());
        if (error == null || !error.getCode().equals("typeMismatch")) {
            return false;
        }
        String message = HtmlUtils.htmlEscape(messages.getMessage(error, Locale.GERMAN), "UTF-8");
        return result.getResponse().getContentAsString().contains(message);
    }

    /** The first of {@link #CALLERS} the authorization matrix allows the address to (their own record, if it says). */
    private static String caller(AuthorizationMatrixTests.Row row) {
        if (row == null) {
            return null;
        }
        for (String caller : CALLERS) {
            if (row.expected().get(caller).startsWith("A")) {
                return caller;
            }
        }
        return null;
    }

    /** Every handler of ours that changes something and binds a form, with the form's fields that are not text. */
    List<FormHandler> formHandlers() {
        List<HandlerMethodArgumentResolver> resolvers = adapter.getArgumentResolvers();
        List<FormHandler> forms = new ArrayList<>();
        for (RequestMappingInfoHandlerMapping mapping : mappings) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                    mapping.getHandlerMethods().entrySet()) {
                HandlerMethod handler = entry.getValue();
                if (!handler.getBeanType().getPackageName().startsWith("org.jumelage")) {
                    continue;
                }
                for (MethodParameter parameter : handler.getMethodParameters()) {
                    HandlerMethodArgumentResolver resolver = resolvers.stream()
                            .filter(r -> r.supportsParameter(parameter))
                            .findFirst()
                            .orElseThrow();
                    if (!(resolver instanceof ModelAttributeMethodProcessor)) {
                        continue;
                    }
                    List<Field> fields = fields(parameter.getParameterType());
                    for (var method : entry.getKey().getMethodsCondition().getMethods()) {
                        if (Set.of("POST", "PUT", "PATCH").contains(method.name())) {
                            for (String pattern : entry.getKey().getPatternValues()) {
                                forms.add(new FormHandler(method.name(), pattern, parameter, fields));
                            }
                        }
                    }
                }
            }
        }
        forms.sort(Comparator.comparing(FormHandler::address));
        return forms;
    }

    /**
     * The fields Spring binds a request's parameters to: a record's (its constructor's parameters), or a bean's
     * writable properties; those that are not text, each with a value that does not convert to it.
     */
    List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        Constructor<?> constructor = BeanUtils.getResolvableConstructor(type);
        String[] names = BeanUtils.getParameterNames(constructor);
        for (int i = 0; i < names.length; i++) {
            field(type, names[i], new MethodParameter(constructor, i)).ifPresent(fields::add);
        }
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
            if (property.getWriteMethod() != null) {
                field(type, property.getName(), new MethodParameter(property.getWriteMethod(), 0))
                        .ifPresent(fields::add);
            }
        }
        return fields;
    }

    private Optional<Field> field(Class<?> form, String name, MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        ResolvableType resolvable = ResolvableType.forMethodParameter(parameter);
        Class<?> element = type.isArray()
                ? type.getComponentType()
                : Collection.class.isAssignableFrom(type)
                        ? resolvable.asCollection().resolveGeneric(0)
                        : Map.class.isAssignableFrom(type) ? resolvable.asMap().resolveGeneric(1) : type;
        if (element == String.class) {
            return Optional.empty();
        }
        List<String> candidates = Temporal.class.isAssignableFrom(element)
                ? List.of("31.02.2027", "abc")
                : element.isEnum() ? List.of("NOPE", "abc") : List.of("abc", "31.02.2027", "NOPE");
        for (String candidate : candidates) {
            try {
                converter.convertIfNecessary(candidate, type, parameter);
            } catch (TypeMismatchException | IllegalArgumentException doesNotConvert) {
                return Optional.of(new Field(name, candidate));
            }
        }
        throw new IllegalStateException("no value that does not convert for " + form.getSimpleName() + "." + name + " ("
                + parameter.getGenericParameterType() + ")");
    }
}
