"""The calls and checks of a ThriftTest client, with the values of Apache Thrift's own test clients.

Written once for any Python Thrift library: the clients, the library's types and its
TApplicationException class are passed in. Every check runs even when an earlier one failed, and
each prints one line, so a report names every method a server gets wrong.
"""

import time
import traceback

# The strings of Apache Thrift's test/py/TestClient.py: escapes, quotes, and text in many scripts.
ESCAPES = '\b\t\n/\\\\\r{}:パイソン"'
MANY_SCRIPTS = """Afrikaans, Alemannisch, Aragonés, العربية, مصرى,
        Asturianu, Aymar aru, Azərbaycan, Башҡорт, Boarisch, Žemaitėška,
        Беларуская, Беларуская (тарашкевіца), Български, Bamanankan,
        বাংলা, Brezhoneg, Bosanski, Català, Mìng-dĕ̤ng-ngṳ̄, Нохчийн,
        Cebuano, ᏣᎳᎩ, Česky, Словѣ́ньскъ / ⰔⰎⰑⰂⰡⰐⰠⰔⰍⰟ, Чӑвашла, Cymraeg,
        Dansk, Zazaki, ދިވެހިބަސް, Ελληνικά, Emiliàn e rumagnòl, English,
        Esperanto, Español, Eesti, Euskara, فارسی, Suomi, Võro, Føroyskt,
        Français, Arpetan, Furlan, Frysk, Gaeilge, 贛語, Gàidhlig, Galego,
        Avañe'ẽ, ગુજરાતી, Gaelg, עברית, हिन्दी, Fiji Hindi, Hrvatski,
        Kreyòl ayisyen, Magyar, Հայերեն, Interlingua, Bahasa Indonesia,
        Ilokano, Ido, Íslenska, Italiano, 日本語, Lojban, Basa Jawa,
        ქართული, Kongo, Kalaallisut, ಕನ್ನಡ, 한국어, Къарачай-Малкъар"""

ONEWAY_SECONDS = 1


class Failed(AssertionError):
    """A check that did not hold."""


def expect(condition, message):
    """Fails the check with ``message`` unless ``condition`` holds."""
    if not condition:
        raise Failed(message)


def expect_equal(actual, expected):
    """Fails the check unless the server's answer equals what was expected."""
    expect(actual == expected, "expected %r, got %r" % (expected, actual))


def expect_raises(call, error_class, verify=None):
    """Calls ``call``, which must raise ``error_class``; ``verify`` then checks the error."""
    try:
        result = call()
    except error_class as e:
        if verify is not None:
            verify(e)
        return
    raise Failed("expected %s, got the result %r" % (error_class.__name__, result))


class Checks:
    """Runs named checks, prints one line each and remembers the failures."""

    def __init__(self):
        self.passed = []
        self.failed = []

    def run(self, name, check):
        """Runs one check and prints its verdict; an error in it does not stop the others."""
        try:
            check()
        except Failed as e:
            self.failed.append(name)
            print("FAIL %s: %s" % (name, e), flush=True)
            return
        except Exception as e:  # a transport or protocol error: report it and go on
            self.failed.append(name)
            print("FAIL %s: %s: %s" % (name, type(e).__name__, e), flush=True)
            traceback.print_exc()
            return
        self.passed.append(name)
        print("ok   %s" % name, flush=True)


def run_all(client, second, types, application_exception):
    """Calls every ThriftTest method (and SecondService when ``second`` is not None).

    ``types`` has the IDL's types as attributes; ``application_exception`` is the library's
    TApplicationException class. Returns the Checks with what passed and what failed.
    """
    t = types
    n = t.Numberz
    c = Checks()

    c.run("testVoid", lambda: expect_equal(client.testVoid(), None))

    def strings():
        for s in ("Test", "", "Python" * 20, ESCAPES, MANY_SCRIPTS):
            expect_equal(client.testString(s), s)
    c.run("testString", strings)

    if second is not None:
        c.run("secondtestString",
              lambda: expect_equal(second.secondtestString("Test2"), 'testString("Test2")'))

    def bools():
        expect_equal(client.testBool(True), True)
        expect_equal(client.testBool(False), False)
    c.run("testBool", bools)

    def each(method, values):
        def check():
            for v in values:
                expect_equal(method(v), v)
        return check

    c.run("testByte", each(client.testByte, [1, 63, -127, 127, -128, 0]))
    c.run("testI32", each(client.testI32, [-1, 0, 2147483647, -2147483648]))
    c.run("testI64", each(client.testI64, [1, -34359738368, 9223372036854775807, -9223372036854775808]))
    # Both protocols carry the 8 bytes of the IEEE double, so the round trip is exact.
    c.run("testDouble", each(client.testDouble, [-5.235098235, 0.0, -1.0, -0.000341012439638598279,
                                                 1.7976931348623157e308]))

    def binary():
        data = bytes(range(256))
        expect_equal(bytes(client.testBinary(data)), data)
        expect_equal(bytes(client.testBinary(b"")), b"")
    c.run("testBinary", binary)

    xtruct = t.Xtruct(string_thing="Zero", byte_thing=1, i32_thing=-3, i64_thing=-5)
    c.run("testStruct", lambda: expect_equal(client.testStruct(xtruct), xtruct))
    nest = t.Xtruct2(byte_thing=1, struct_thing=xtruct, i32_thing=5)
    c.run("testNest", lambda: expect_equal(client.testNest(nest), nest))

    c.run("testMap", each(client.testMap, [{i: i - 10 for i in range(5)}, {}]))
    c.run("testStringMap", each(client.testStringMap, [{"a": "2", "b": "blah", "some": "thing"}]))
    def sets():
        for v in (set(range(-2, 3)), set()):
            result = client.testSet(v)
            # thriftpy2 reads a set as a list: compare the elements, and that none repeats.
            expect(len(result) == len(v) and set(result) == v, "expected %r, got %r" % (v, result))
    c.run("testSet", sets)
    c.run("testList", each(client.testList, [list(range(-2, 3)), [1, 4, 9, -42], []]))
    c.run("testEnum", each(client.testEnum, [n.ONE, n.TWO, n.THREE, n.FIVE, n.EIGHT]))
    c.run("testTypedef", each(client.testTypedef, [309858235082523, 0xffffffffffffff]))

    c.run("testMapMap", lambda: expect_equal(
        client.testMapMap(1), {-4: {-4: -4, -3: -3, -2: -2, -1: -1}, 4: {1: 1, 2: 2, 3: 3, 4: 4}}))

    def insanity():
        hello = t.Xtruct(string_thing="Hello2", byte_thing=2, i32_thing=2, i64_thing=2)
        goodbye = t.Xtruct(string_thing="Goodbye4", byte_thing=4, i32_thing=4, i64_thing=4)
        insane = t.Insanity(userMap={n.EIGHT: 8, n.FIVE: 5}, xtructs=[goodbye, hello])
        whoa = client.testInsanity(insane)
        expect_equal(sorted(whoa), [1, 2])
        expect_equal(sorted(whoa[1]), [n.TWO, n.THREE])
        expect_equal(whoa[1][n.TWO], insane)
        expect_equal(whoa[1][n.THREE], insane)
        expect_equal(sorted(whoa[2]), [n.SIX])
        six = whoa[2][n.SIX]
        # An empty Insanity may arrive with its containers absent or present and empty.
        expect(not six.userMap and not six.xtructs, "expected an empty Insanity, got %r" % six)
    c.run("testInsanity", insanity)

    def multi():
        expected = t.Xtruct(string_thing="Hello2", byte_thing=74, i32_thing=0xff00ff,
                            i64_thing=0xffffffffd0d0)
        expect_equal(client.testMulti(74, 0xff00ff, 0xffffffffd0d0, {0: "abc"}, n.FIVE, 0xf0f0f0),
                     expected)
    c.run("testMulti", multi)

    def exceptions():
        expect_equal(client.testException("Safe"), None)

        def is_xception(e):
            expect_equal((e.errorCode, e.message), (1001, "Xception"))
        expect_raises(lambda: client.testException("Xception"), t.Xception, is_xception)
        expect_raises(lambda: client.testException("TException"), application_exception)
        # The connection still works after an undeclared error.
        expect_equal(client.testException("success"), None)
    c.run("testException", exceptions)

    def multi_exceptions():
        def is_xception(e):
            expect_equal((e.errorCode, e.message), (1001, "This is an Xception"))

        def is_xception2(e):
            expect_equal(e.errorCode, 2002)
            expect_equal(e.struct_thing.string_thing, "This is an Xception2")
        expect_raises(lambda: client.testMultiException("Xception", "test 1"), t.Xception, is_xception)
        expect_raises(lambda: client.testMultiException("Xception2", "test 2"), t.Xception2, is_xception2)
        expect_equal(client.testMultiException("success", "test 3").string_thing, "test 3")
    c.run("testMultiException", multi_exceptions)

    def oneway():
        start = time.monotonic()
        client.testOneway(ONEWAY_SECONDS)
        elapsed = time.monotonic() - start
        expect(elapsed < 1.0, "testOneway(%d) took %.3f s: the client waited for the server"
               % (ONEWAY_SECONDS, elapsed))
    c.run("testOneway", oneway)
    # A reply to the oneway call would be read here instead of this call's own.
    c.run("testOnewayThenNormal", lambda: expect_equal(client.testString("after oneway"), "after oneway"))
    return c


def report(name, checks):
    """Prints the verdict and returns the exit code: 0 when every check passed, else 1."""
    total = len(checks.passed) + len(checks.failed)
    if checks.failed:
        print("%s: %d of %d checks FAILED: %s" % (name, len(checks.failed), total,
                                                 ", ".join(checks.failed)), flush=True)
        return 1
    print("%s: all %d checks passed" % (name, total), flush=True)
    return 0
