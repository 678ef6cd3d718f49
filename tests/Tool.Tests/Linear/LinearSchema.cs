using FloeHarden.Tests.Shared;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace FloeHarden.Tool.Tests.Linear;

/// <summary>Linear's published GraphQL schema (shared/specs/linear/schema.graphql), built once, and validation against it.</summary>
public static class LinearSchema
{
    private static readonly Lazy<ISchema> Schema = new(Build);

    public static string SchemaPath { get; } = Locate();

    /// <returns>The validation errors; empty when the document with these variables is valid.</returns>
    public static async Task<IReadOnlyList<string>> ValidateAsync(string query, JsonObject? variables)
    {
        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException error)
        {
            return [error.Message];
        }

        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = Schema.Value,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single(),
            Rules = DocumentValidator.CoreRules,
            Variables = JsonToInputs.Convert(variables).ToInputs(),
        });
        return [.. result.Errors.Select(e => e.Message)];
    }

    /// <summary>The operation type and its root fields: ("mutation", ["issueCreate"]).</summary>
    public static (string Operation, IReadOnlyList<string> Fields) RootFields(string query)
    {
        var operation = GraphQLParser.Parser.Parse(query).Definitions.OfType<GraphQLOperationDefinition>().Single();
        return (operation.Operation.ToString().ToLowerInvariant(), [.. operation.SelectionSet.Selections.OfType<GraphQLField>().Select(f => f.Name.StringValue)]);
    }

    private static ISchema Build()
    {
        // Validation only, never execution: every object type gets a (never used) type check so unions and interfaces build.
        var sdl = File.ReadAllText(SchemaPath);
        var schema = GraphQL.Types.Schema.For(sdl, builder => builder.Types.ForAll(type => type.IsTypeOfFunc = _ => false));
        schema.Subscription = null;
        foreach (var scalar in GraphQLParser.Parser.Parse(sdl).Definitions.OfType<GraphQLScalarTypeDefinition>())
        {
            schema.RegisterType(new ComplexScalarGraphType { Name = scalar.Name.StringValue });
        }

        schema.Initialize();
        return schema;
    }

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("FLOE_SPECS_DIR") is { Length: > 0 } configured)
        {
            return Path.Combine(configured, "linear", "schema.graphql");
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "specs", "linear", "schema.graphql");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return "";
    }
}
