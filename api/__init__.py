"""The GraphQL API: strawberry schema, resolvers, auth and the Starlette app factory."""
