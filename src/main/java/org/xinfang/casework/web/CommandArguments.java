package org.xinfang.casework.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestResponseBodyMethodProcessor;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;
import org.xinfang.casework.MatterCommand;
import org.xinfang.platform.Refusal;

import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A {@link MatterCommand} argument is read as the command its address names ({@code .../{id}/{action}}), and then
 * exactly as Spring reads a concrete type: the API's {@code @RequestBody} as strict JSON, the page's form by
 * constructor binding, both with bean validation. An address that names no command is answered as before, when each
 * command had its own mapping and such an address had none: the API's "no such path" problem, the pages' 404.
 */
@Configuration(proxyBeanMethods = false)
class CommandArguments implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new Forms());
    }

    /** Spring's own {@code @RequestBody} resolver would take the interface; the commands' comes before it. */
    @Bean
    static BeanPostProcessor commandBodiesFirst() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
                    List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
                    resolvers.add(new Bodies(adapter.getMessageConverters()));
                    resolvers.addAll(adapter.getArgumentResolvers());
                    adapter.setArgumentResolvers(resolvers);
                }
                return bean;
            }
        };
    }

    private static MatterCommand.Type named(NativeWebRequest request, Supplier<RuntimeException> none) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return MatterCommand.Type.byPath(variables == null ? null : variables.get("action")).orElseThrow(none);
    }

    private static boolean isCommand(MethodParameter parameter) {
        return parameter.getParameterType() == MatterCommand.class;
    }

    /** The API's JSON body. */
    static final class Bodies extends RequestResponseBodyMethodProcessor {

        Bodies(List<HttpMessageConverter<?>> converters) {
            super(converters);
        }

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return isCommand(parameter) && parameter.hasParameterAnnotation(RequestBody.class);
        }

        @Override
        protected Object readWithMessageConverters(NativeWebRequest request, MethodParameter parameter, Type type)
                throws IOException, org.springframework.web.HttpMediaTypeNotSupportedException,
                org.springframework.http.converter.HttpMessageNotReadableException {
            Class<? extends MatterCommand> command = named(request, () -> Refusal.notFound("api.path.not-found")).type();
            return super.readWithMessageConverters(request, new Concrete(parameter, command), command);
        }
    }

    /** The parameter as if declared with the command's own type: the converters read what the parameter says. */
    private static final class Concrete extends MethodParameter {

        private final Class<?> type;

        Concrete(MethodParameter original, Class<?> type) {
            super(original);
            this.type = type;
        }

        @Override
        public Class<?> getParameterType() {
            return type;
        }

        @Override
        public Type getGenericParameterType() {
            return type;
        }

        @Override
        public Class<?> getNestedParameterType() {
            return type;
        }

        @Override
        public Type getNestedGenericParameterType() {
            return type;
        }

        @Override
        public Concrete clone() {
            return new Concrete(this, type);
        }
    }

    /** The page's form. */
    static final class Forms extends ServletModelAttributeMethodProcessor {

        Forms() {
            super(false);
        }

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return isCommand(parameter) && !parameter.hasParameterAnnotation(RequestBody.class);
        }

        @Override
        protected void constructAttribute(WebDataBinder binder, NativeWebRequest request) {
            binder.setTargetType(ResolvableType.forClass(
                    named(request, () -> new ResponseStatusException(HttpStatus.NOT_FOUND)).type()));
            super.constructAttribute(binder, request);
        }
    }
}
