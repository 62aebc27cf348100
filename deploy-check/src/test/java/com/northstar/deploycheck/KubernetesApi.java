package com.northstar.deploycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;

/**
 * Reads Kubernetes objects into the API's own models (fabric8's kubernetes-model), strictly: a field the API does
 * not know (a misspelling, a field at the wrong level), a value of the wrong type, or a kind the models do not hold
 * fails the read instead of being kept aside as the models do by default.
 */
final class KubernetesApi {

    /**
     * The models keep every unknown field in their {@code additionalProperties} (a Jackson any-setter), which would
     * let a misspelled field through; without it Jackson's {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}
     * applies.
     */
    private static final BeanDeserializerModifier NO_ADDITIONAL_PROPERTIES = new BeanDeserializerModifier() {
        @Override
        public BeanDeserializerBuilder updateBuilder(
                DeserializationConfig config, BeanDescription description, BeanDeserializerBuilder builder) {
            builder.setAnySetter(null);
            return builder;
        }
    };

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("no-additional-properties").setDeserializerModifier(NO_ADDITIONAL_PROPERTIES))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // A string field (an annotation, a ConfigMap value) given a bare number or boolean: the API refuses it.
            .withCoercionConfig(LogicalType.Textual, strings -> strings
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private KubernetesApi() {
    }

    /** Every object of a multi-document YAML stream (what {@code kubectl kustomize} prints), in order. */
    static List<HasMetadata> read(String yaml) {
        List<JsonNode> documents;
        try {
            documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml).readAll();
        } catch (IOException e) {
            throw new UncheckedIOException("not YAML: " + e.getMessage(), e);
        }
        return documents.stream().filter(document -> !document.isNull()).map(KubernetesApi::read).toList();
    }

    private static HasMetadata read(JsonNode document) {
        String object = document.path("kind").asText() + " " + document.path("metadata").path("name").asText()
                + " (" + document.path("apiVersion").asText() + ")";
        KubernetesResource resource;
        try {
            resource = MAPPER.treeToValue(document, KubernetesResource.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(object + " is not what the Kubernetes API defines: " + e.getMessage(), e);
        }
        if (resource instanceof GenericKubernetesResource || !(resource instanceof HasMetadata typed)) {
            throw new IllegalArgumentException(object + ": no such kind in the Kubernetes API");
        }
        return typed;
    }
}
