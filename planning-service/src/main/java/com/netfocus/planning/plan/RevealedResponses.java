package com.netfocus.planning.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.netfocus.planning.briefing.BriefingController;
import com.netfocus.support.personaldata.PersonalData;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * The plan as the API shows it (now, as of a moment, its history) is rendered from events whose personal fields are
 * sealed; here, on the way out, they are revealed, or read {@code "[erased]"} once the person was erased. One place
 * for every read of a plan (and of a briefing, which shows the plan's people), so that no read path can show a sealed
 * value or forget an erasure.
 */
@ControllerAdvice(assignableTypes = {PlanController.class, BriefingController.class})
public class RevealedResponses implements ResponseBodyAdvice<Object> {

    private final PersonalData personalData;
    private final ObjectMapper mapper;

    public RevealedResponses(PersonalData personalData, ObjectMapper mapper) {
        this.personalData = personalData;
        this.mapper = mapper;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return MappingJackson2HttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        return body == null ? null : personalData.reveal(mapper.valueToTree(body));
    }
}
