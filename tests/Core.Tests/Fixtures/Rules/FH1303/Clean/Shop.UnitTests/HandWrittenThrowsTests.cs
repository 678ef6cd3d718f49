using System;
using NUnit.Framework;

namespace Shop.UnitTests;

// The hand-written expected-exception idiom: the fail after the act may be followed by an exit the compiler needs
// (a generic helper must return something after an Assert.Fail it does not know never returns).
public static class ExceptionAssert
{
    public static TException Throws<TException>(Action action, string expectedMessage) where TException : Exception
    {
        try
        {
            action();
            Assert.Fail("Exception of type " + typeof(TException).Name + " expected. No exception thrown.");
            return null!;
        }
        catch (TException ex)
        {
            if (ex.Message != expectedMessage)
            {
                throw new Exception("Unexpected exception message: " + ex.Message);
            }

            return ex;
        }
    }
}

public class HandWrittenThrowsTests
{
    [Test]
    public void Parse_RejectsGarbage() => ExceptionAssert.Throws<FormatException>(() => int.Parse("pie"), "bad format");

    [Test]
    public void Parse_RejectsGarbage_Inline()
    {
        try
        {
            int.Parse("pie");
            Assert.Fail("expected FormatException");
            return;
        }
        catch (FormatException)
        {
        }
    }
}

// A generic predicate's type argument is its input, like an argument: IsRegistered<T>() is IsRegistered(typeof(T)).
public class RegistrationTests
{
    [Xunit.Fact]
    public void OpenGeneric_IsRegisteredForClosedType()
    {
        var container = Registrations.Build();
        Xunit.Assert.True(container.IsRegistered<IHandler<ConsoleColor>>());
    }

    [Xunit.Fact]
    public void UnrelatedClosedType_IsNotRegistered()
    {
        var container = Registrations.Build();
        Xunit.Assert.False(container.IsRegistered<IHandler<string>>());
    }
}
