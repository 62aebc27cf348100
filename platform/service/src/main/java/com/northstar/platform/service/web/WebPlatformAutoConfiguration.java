package com.northstar.platform.service.web;

import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.service.caller.CallerArgumentResolver;
import com.northstar.platform.service.caller.CallerCheckInterceptor;
import com.northstar.platform.service.caller.InternalCallerHeaders;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web side every service shares: envelopes for failures, caller checks, request ids and the INTERNAL caller
 * headers (both on OpenFeign calls), wire dates and the common parts of the OpenAPI document.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebPlatformAutoConfiguration implements WebMvcConfigurer {

    private final Seed serviceSeed;

    WebPlatformAutoConfiguration(@Value("${platform.seed:KOP}") Seed serviceSeed) {
        this.serviceSeed = serviceSeed;
    }

    @Bean
    ApiExceptionHandler apiExceptionHandler() {
        return new ApiExceptionHandler(serviceSeed);
    }

    @Bean
    SeedErrorController seedErrorController() {
        return new SeedErrorController(serviceSeed);
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    RequestIdPropagation requestIdPropagation() {
        return new RequestIdPropagation();
    }

    @Bean
    InternalCallerHeaders internalCallerHeaders(@Value("${spring.application.name}") String serviceName) {
        return new InternalCallerHeaders(serviceName);
    }

    @Bean
    OpenApiCustomizer platformOpenApiDocument(@Value("${spring.application.name:service}") String serviceName) {
        return OpenApiDocument.customizer(serviceName);
    }

    @Bean
    JsonMapperBuilderCustomizer wireDatesCustomizer() {
        return builder -> builder.addModule(WireDatesJson.module());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new CallerCheckInterceptor());
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver());
    }
}
