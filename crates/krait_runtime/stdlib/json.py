"""CPython's `json`, in the Python krait compiles: `dumps` (with `indent`, `sort_keys`,
`separators` and `ensure_ascii`) and `loads`, with CPython's output and messages. krait
compiles the functions without traceback frames of their own, as C functions have none.
"""


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__(f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg = msg
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _quote(s, ensure_ascii):
    parts = ['"']
    for ch in s:
        escaped = _ESCAPES.get(ch)
        if escaped is not None:
            parts.append(escaped)
            continue
        code = ord(ch)
        if code < 0x20 or (ensure_ascii and code > 0x7E):
            if code > 0xFFFF:
                code -= 0x10000
                parts.append("\\u%04x\\u%04x" % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF)))
            else:
                parts.append("\\u%04x" % code)
        else:
            parts.append(ch)
    parts.append('"')
    return "".join(parts)


def _float_text(x):
    if x != x:
        return "NaN"
    if x == float("inf"):
        return "Infinity"
    if x == -float("inf"):
        return "-Infinity"
    return repr(x)


def _key_text(key, ensure_ascii):
    if isinstance(key, str):
        return _quote(str(key), ensure_ascii)
    if isinstance(key, bool):
        return '"true"' if key else '"false"'
    if key is None:
        return '"null"'
    if isinstance(key, int):
        return '"' + str(key) + '"'
    if isinstance(key, float):
        return '"' + _float_text(float(key)) + '"'
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _encode(o, parts, level, indent, item_sep, key_sep, sort_keys, ensure_ascii):
    if o is None:
        parts.append("null")
    elif isinstance(o, bool):
        parts.append("true" if o else "false")
    elif isinstance(o, str):
        parts.append(_quote(str(o), ensure_ascii))
    elif isinstance(o, int):
        parts.append(str(o))
    elif isinstance(o, float):
        parts.append(_float_text(float(o)))
    elif isinstance(o, (list, tuple)):
        if len(o) == 0:
            parts.append("[]")
            return
        parts.append("[")
        inner = ""
        separator = item_sep
        if indent is not None:
            inner = "\n" + indent * (level + 1)
            separator = item_sep + inner
            parts.append(inner)
        first = True
        for item in o:
            if not first:
                parts.append(separator)
            first = False
            _encode(item, parts, level + 1, indent, item_sep, key_sep, sort_keys, ensure_ascii)
        if indent is not None:
            parts.append("\n" + indent * level)
        parts.append("]")
    elif isinstance(o, dict):
        if len(o) == 0:
            parts.append("{}")
            return
        parts.append("{")
        separator = item_sep
        if indent is not None:
            inner = "\n" + indent * (level + 1)
            separator = item_sep + inner
            parts.append(inner)
        keys = list(o.keys())
        if sort_keys:
            keys.sort()
        first = True
        for key in keys:
            if not first:
                parts.append(separator)
            first = False
            parts.append(_key_text(key, ensure_ascii))
            parts.append(key_sep)
            _encode(o[key], parts, level + 1, indent, item_sep, key_sep, sort_keys, ensure_ascii)
        if indent is not None:
            parts.append("\n" + indent * level)
        parts.append("}")
    else:
        raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


def _indent_text(indent):
    if indent is None:
        return None
    if isinstance(indent, int):
        return " " * indent
    return indent


def dumps(obj, indent=None, sort_keys=False, separators=None, ensure_ascii=True):
    text = _indent_text(indent)
    item_sep = ", "
    key_sep = ": "
    if text is not None:
        item_sep = ","
    if separators is not None:
        item_sep, key_sep = separators
    parts = []
    _encode(obj, parts, 0, text, item_sep, key_sep, sort_keys, ensure_ascii)
    return "".join(parts)


_WHITESPACE = " \t\n\r"


def _skip(s, i):
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


def _parse_string(s, start):
    """The str whose opening quote is before `start`, and the index after its closing one."""
    parts = []
    i = start
    n = len(s)
    while True:
        if i >= n:
            raise JSONDecodeError("Unterminated string starting at", s, start - 1)
        ch = s[i]
        if ch == '"':
            return "".join(parts), i + 1
        if ch == "\\":
            if i + 1 >= n:
                raise JSONDecodeError("Unterminated string starting at", s, start - 1)
            escape = s[i + 1]
            if escape == "u":
                code = _hex4(s, i + 2)
                i += 6
                if 0xD800 <= code <= 0xDBFF and s[i : i + 2] == "\\u":
                    low = _hex4(s, i + 2)
                    if 0xDC00 <= low <= 0xDFFF:
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                parts.append(chr(code))
                continue
            simple = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
            replaced = simple.get(escape)
            if replaced is None:
                raise JSONDecodeError("Invalid \\escape", s, i)
            parts.append(replaced)
            i += 2
            continue
        if ord(ch) < 0x20:
            raise JSONDecodeError("Invalid control character at", s, i)
        parts.append(ch)
        i += 1


def _hex4(s, at):
    digits = s[at : at + 4]
    if len(digits) != 4 or any(c not in "0123456789abcdefABCDEF" for c in digits):
        raise JSONDecodeError("Invalid \\uXXXX escape", s, at - 1)
    return int(digits, 16)


def _parse_number(s, i):
    n = len(s)
    start = i
    if i < n and s[i] == "-":
        i += 1
    if i < n and s[i] == "0":
        i += 1
    elif i < n and s[i] in "123456789":
        while i < n and s[i] in "0123456789":
            i += 1
    else:
        raise JSONDecodeError("Expecting value", s, start)
    integral = True
    if i + 1 < n and s[i] == "." and s[i + 1] in "0123456789":
        integral = False
        i += 2
        while i < n and s[i] in "0123456789":
            i += 1
    if i < n and s[i] in "eE":
        j = i + 1
        if j < n and s[j] in "+-":
            j += 1
        if j < n and s[j] in "0123456789":
            integral = False
            i = j
            while i < n and s[i] in "0123456789":
                i += 1
    if integral:
        return int(s[start:i]), i
    return float(s[start:i]), i


def _parse_value(s, i):
    """The value starting at `i` (after whitespace), and the index after it."""
    if i >= len(s):
        raise JSONDecodeError("Expecting value", s, i)
    ch = s[i]
    if ch == '"':
        return _parse_string(s, i + 1)
    if ch == "{":
        return _parse_object(s, i + 1)
    if ch == "[":
        return _parse_array(s, i + 1)
    if ch == "n" and s[i : i + 4] == "null":
        return None, i + 4
    if ch == "t" and s[i : i + 4] == "true":
        return True, i + 4
    if ch == "f" and s[i : i + 5] == "false":
        return False, i + 5
    if ch == "N" and s[i : i + 3] == "NaN":
        return float("nan"), i + 3
    if ch == "I" and s[i : i + 8] == "Infinity":
        return float("inf"), i + 8
    if ch == "-" and s[i : i + 9] == "-Infinity":
        return -float("inf"), i + 9
    return _parse_number(s, i)


def _parse_array(s, i):
    items = []
    i = _skip(s, i)
    if i < len(s) and s[i] == "]":
        return items, i + 1
    while True:
        i = _skip(s, i)
        value, i = _parse_value(s, i)
        items.append(value)
        i = _skip(s, i)
        if i < len(s) and s[i] == "]":
            return items, i + 1
        if i >= len(s) or s[i] != ",":
            raise JSONDecodeError("Expecting ',' delimiter", s, i)
        i += 1


def _parse_object(s, i):
    result = {}
    i = _skip(s, i)
    if i < len(s) and s[i] == "}":
        return result, i + 1
    while True:
        i = _skip(s, i)
        if i >= len(s) or s[i] != '"':
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
        key, i = _parse_string(s, i + 1)
        i = _skip(s, i)
        if i >= len(s) or s[i] != ":":
            raise JSONDecodeError("Expecting ':' delimiter", s, i)
        i = _skip(s, i + 1)
        value, i = _parse_value(s, i)
        result[key] = value
        i = _skip(s, i)
        if i < len(s) and s[i] == "}":
            return result, i + 1
        if i >= len(s) or s[i] != ",":
            raise JSONDecodeError("Expecting ',' delimiter", s, i)
        i += 1


def loads(s):
    i = _skip(s, 0)
    value, end = _parse_value(s, i)
    end = _skip(s, end)
    if end != len(s):
        raise JSONDecodeError("Extra data", s, end)
    return value
