using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace FloeHarden.E2E.Tests.Contracts;

/// <summary>Dagster's published GraphQL schema (SDL), built once, and validation of documents against it.</summary>
public static class DagsterSchema
{
    private static readonly Lazy<ISchema> Schema = new(Build);

    public static ISchema Instance => Schema.Value;

    /// <returns>The validation errors; empty when the document (with these variables) are valid.</returns>
    public static async Task<IReadOnlyList<string>> ValidateAsync(string query, Dictionary<string, object?>? variables = null)
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

        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().First();
        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = Instance,
            Document = document,
            Operation = operation,
            Rules = DocumentValidator.CoreRules,
            Variables = (variables ?? []).ToInputs(),
        });
        return [.. result.Errors.Select(e => e.Message)];
    }

    private static ISchema Build()
    {
        // Only validation is needed, never execution: give every object type a (never used) type check so the
        // schema builder accepts unions and interfaces whose members have no runtime type check.
        var sdl = File.ReadAllText(Support.Specs.Path("dagster/schema.graphql"));
        var schema = GraphQL.Types.Schema.For(sdl, builder => builder.Types.ForAll(type => type.IsTypeOfFunc = _ => false));

        // The client sends no subscriptions; unhooking the root spares it stream resolvers it would never use.
        schema.Subscription = null;

        // Custom scalars (GenericScalar, RunConfigData, …) accept any JSON value, as Dagster's do.
        foreach (var scalar in GraphQLParser.Parser.Parse(sdl).Definitions.OfType<GraphQLScalarTypeDefinition>())
        {
            schema.RegisterType(new ComplexScalarGraphType { Name = scalar.Name.StringValue });
        }

        schema.Initialize();
        return schema;
    }
}
