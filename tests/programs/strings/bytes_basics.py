b = b"abc"
print(b, len(b), b[0], b[-1], b[1:], b[::-1], b + b"de", b * 2, b == b"abc", b < b"abd")
e = "héllo wörld".encode()
print(e, len(e), e.decode(), e.decode("utf-8") == "héllo wörld", list(e[:3]))
for x in b"hi":
    print(x)
print([c for c in b"AZ"], sum(b"\x01\x02"), 104 in b"hi", b"i" in b"hi", b"x" in b"hi")
print(repr(b"it's"), b'say "hi"', b"both ' \"", b"\t\n\r\\\x00\xff", b"")
d = {b"k": 1}
print(d[b"k"], b"k" in d, bool(b""), bool(b"a"), f"{b}")
try:
    b"\xff\xfe".decode()
except Exception as err:
    print(type(err).__name__, err)
for data in [b"\xe2\x82", b"\xe2", b"ok\xc3(", b"\xed\xa0\x80", b"\xf0\x9f\x98\x80!"]:
    try:
        print(data.decode())
    except ValueError as err:
        print("ValueError", err)
try:
    b"\xff".decode("utf8")
except UnicodeDecodeError as err:
    print("UnicodeDecodeError:", err)
words = ["naïve", "café", "plain"]
sizes = {w: len(w.encode("utf-8")) for w in words}
print(sizes, sorted(w.encode() for w in words))
data = "κόσμε".encode()
print(data[0], data[2:4], data.decode()[1:], max(data), sorted(set(data))[:3])
