package com.decisionchain.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/**
 * Finds what a served schema breaks of a contract schema: missing types, fields, arguments and
 * enum values, and type changes a client would notice. Additions are allowed; an output may become
 * stricter (nullable to non-null) and an input may become looser, never the other way round.
 */
final class SchemaCompatibility {

    private SchemaCompatibility() {
    }

    static GraphQLSchema parse(String... sdlParts) {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        for (String part : sdlParts) {
            registry.merge(new SchemaParser().parse(part));
        }
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }

    static List<String> breakingChanges(GraphQLSchema contract, GraphQLSchema served) {
        List<String> problems = new ArrayList<>();
        for (GraphQLNamedType type : contract.getAllTypesAsList()) {
            if (type.getName().startsWith("__")) {
                continue;
            }
            GraphQLNamedType actual = (GraphQLNamedType) served.getType(type.getName());
            if (actual == null) {
                problems.add("type " + type.getName() + " is missing");
            } else if (actual.getClass() != type.getClass()) {
                problems.add("type " + type.getName() + " changed kind");
            } else if (type instanceof GraphQLObjectType object) {
                compareObject(object, (GraphQLObjectType) actual, problems);
            } else if (type instanceof GraphQLInputObjectType input) {
                compareInput(input, (GraphQLInputObjectType) actual, problems);
            } else if (type instanceof GraphQLEnumType enumType) {
                for (GraphQLEnumValueDefinition value : enumType.getValues()) {
                    if (((GraphQLEnumType) actual).getValue(value.getName()) == null) {
                        problems.add("enum " + type.getName() + " lacks " + value.getName());
                    }
                }
            }
        }
        return problems;
    }

    private static void compareObject(GraphQLObjectType contract, GraphQLObjectType served, List<String> problems) {
        for (GraphQLFieldDefinition field : contract.getFieldDefinitions()) {
            String where = contract.getName() + "." + field.getName();
            GraphQLFieldDefinition actual = served.getFieldDefinition(field.getName());
            if (actual == null) {
                problems.add(where + " is missing");
                continue;
            }
            if (!outputCompatible(field.getType(), actual.getType())) {
                problems.add(where + " is " + GraphQLTypeUtil.simplePrint(actual.getType()) + ", contract says "
                        + GraphQLTypeUtil.simplePrint(field.getType()));
            }
            for (GraphQLArgument argument : field.getArguments()) {
                GraphQLArgument actualArgument = actual.getArgument(argument.getName());
                if (actualArgument == null) {
                    problems.add(where + "(" + argument.getName() + ") is missing");
                } else {
                    if (!inputCompatible(argument.getType(), actualArgument.getType(), actualArgument.hasSetDefaultValue())) {
                        problems.add(where + "(" + argument.getName() + ") is "
                                + GraphQLTypeUtil.simplePrint(actualArgument.getType()));
                    }
                    if (argument.hasSetDefaultValue() && !Objects.equals(String.valueOf(argument.getArgumentDefaultValue().getValue()),
                            String.valueOf(actualArgument.getArgumentDefaultValue().getValue()))) {
                        problems.add(where + "(" + argument.getName() + ") changed its default value");
                    }
                }
            }
            for (GraphQLArgument added : actual.getArguments()) {
                if (field.getArgument(added.getName()) == null && GraphQLTypeUtil.isNonNull(added.getType())
                        && !added.hasSetDefaultValue()) {
                    problems.add(where + "(" + added.getName() + ") is a new required argument");
                }
            }
        }
    }

    private static void compareInput(GraphQLInputObjectType contract, GraphQLInputObjectType served, List<String> problems) {
        for (GraphQLInputObjectField field : contract.getFieldDefinitions()) {
            String where = contract.getName() + "." + field.getName();
            GraphQLInputObjectField actual = served.getFieldDefinition(field.getName());
            if (actual == null) {
                problems.add(where + " is missing");
            } else if (!inputCompatible(field.getType(), actual.getType(), actual.hasSetDefaultValue())) {
                problems.add(where + " is " + GraphQLTypeUtil.simplePrint(actual.getType()) + ", contract says "
                        + GraphQLTypeUtil.simplePrint(field.getType()));
            }
        }
        for (GraphQLInputObjectField added : served.getFieldDefinitions()) {
            if (contract.getFieldDefinition(added.getName()) == null && GraphQLTypeUtil.isNonNull(added.getType())
                    && !added.hasSetDefaultValue()) {
                problems.add(contract.getName() + "." + added.getName() + " is a new required input field");
            }
        }
    }

    /** A served output may be stricter than the contract (non-null where the contract allows null). */
    private static boolean outputCompatible(GraphQLType contract, GraphQLType served) {
        if (contract instanceof GraphQLNonNull contractNonNull) {
            return served instanceof GraphQLNonNull servedNonNull
                    && outputCompatible(contractNonNull.getWrappedType(), servedNonNull.getWrappedType());
        }
        if (served instanceof GraphQLNonNull servedNonNull) {
            return outputCompatible(contract, servedNonNull.getWrappedType());
        }
        if (contract instanceof GraphQLList contractList) {
            return served instanceof GraphQLList servedList
                    && outputCompatible(contractList.getWrappedType(), servedList.getWrappedType());
        }
        return !(served instanceof GraphQLList) && sameName(contract, served);
    }

    /** A served input may be looser than the contract (nullable where the contract requires a value). */
    private static boolean inputCompatible(GraphQLInputType contract, GraphQLInputType served, boolean servedHasDefault) {
        return inputCompatible((GraphQLType) contract, (GraphQLType) served, servedHasDefault);
    }

    private static boolean inputCompatible(GraphQLType contract, GraphQLType served, boolean servedHasDefault) {
        if (served instanceof GraphQLNonNull servedNonNull) {
            if (!(contract instanceof GraphQLNonNull) && !servedHasDefault) {
                return false;
            }
            GraphQLType contractInner = contract instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : contract;
            return inputCompatible(contractInner, servedNonNull.getWrappedType(), false);
        }
        if (contract instanceof GraphQLNonNull contractNonNull) {
            return inputCompatible(contractNonNull.getWrappedType(), served, false);
        }
        if (contract instanceof GraphQLList contractList) {
            return served instanceof GraphQLList servedList
                    && inputCompatible(contractList.getWrappedType(), servedList.getWrappedType(), false);
        }
        return !(served instanceof GraphQLList) && sameName(contract, served);
    }

    private static boolean sameName(GraphQLType contract, GraphQLType served) {
        return ((GraphQLNamedType) contract).getName().equals(((GraphQLNamedType) served).getName());
    }
}
