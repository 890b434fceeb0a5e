"""krait's builtins, in the Python dialect krait compiles (see README.md beside this file)."""
from __krait__ import (
    alloc,
    alloc_buffer,
    args_get,
    args_sizes_get,
    bits_f64,
    box_bool,
    box_float,
    box_int,
    box_str,
    class_name,
    copy,
    copy_short,
    exit,
    f64_bits,
    fd_read,
    floor_f64,
    instance_defines,
    instance_special,
    instance_special_object,
    instance_text,
    load_i32,
    load_i64,
    load_u8,
    raise_,
    release,
    memory_grow,
    memory_size,
    obj_addr,
    obj_at,
    obj_tag,
    list_box,
    shadow_top,
    shr_u,
    sqrt_f64,
    store_i32,
    store_i64,
    store_u8,
    str_addr,
    str_at,
    str_new,
    str_size,
    traceback_frame,
    traceback_len,
    trunc_f64,
    wrap_add,
    wrap_mul,
    write,
)

# stdout's buffer (krait_mir::OUT_BUFFER).
OUT_BUFFER = 16384
OUT_CAPACITY = 8192
out_len = 0
# Scratch for WASI out-parameters (see krait_mir::SCRATCH).
SCRATCH = 32
INT_MIN = -9223372036854775807 - 1
# Where int_digits builds a number's digits before copying them into a str.
digit_scratch = 0

# The parsed format spec: set by parse_spec, read by the format_* functions.
spec_fill = 32
spec_align = 0
spec_sign = 0
spec_alt = False
spec_zero = False
spec_width = 0
spec_group = 0
spec_precision = -1
spec_type = 0


def copy_bytes(dst: int, src: int, n: int) -> None:
    copy(dst, src, n)


def n_chars(s: str) -> int:
    return load_i32(str_addr(s) - 4)


def write_fd(fd: int, s: str) -> None:
    write(fd, str_addr(s), str_size(s))


def flush() -> None:
    global out_len
    if out_len > 0:
        write(1, OUT_BUFFER, out_len)
        out_len = 0


def write_out(s: str) -> None:
    global out_len
    n = str_size(s)
    if out_len + n > OUT_CAPACITY:
        flush()
    if n > OUT_CAPACITY:
        write(1, str_addr(s), n)
        return
    copy_bytes(OUT_BUFFER + out_len, str_addr(s), n)
    out_len += n


# The traceback buffer holds the frames of the exception in flight, innermost first. An
# `except` clause that is running marks the end of its exception's frames with two entries:
# the text that introduces the next exception when the traceback is printed (it starts with a
# newline, which no frame does) and the exception being handled. Frames recorded after them
# belong to an exception raised while handling it.
def write_err(s: str) -> None:
    """Writes to stderr, unbuffered; what stdout holds goes first, as a terminal shows it."""
    flush()
    write_fd(2, s)


def exit_if_system_exit(message: str) -> None:
    """An uncaught SystemExit ends the process without a traceback."""
    if exc_matches(message, "|SystemExit|"):
        flush()
        if exit_message:
            write_fd(2, exc_str(message))
            write_fd(2, "\n")
        exit(exit_code)


def uncaught(message: str) -> None:
    flush()
    start = 0
    end = 0
    n = traceback_len()
    while end < n:
        if load_u8(str_addr(traceback_frame(end))) == 10:
            print_traceback(start, end, traceback_frame(end + 1))
            write_fd(2, traceback_frame(end))
            start = end + 2
            end = start
        else:
            end += 1
    print_traceback(start, n, message)
    exit(1)


TRACEBACK = 1024
TRACEBACK_CAP = 3000


def exc_handling(tag: str, e: str) -> None:
    """Marks the start of handling `e` in the traceback buffer (see `uncaught`)."""
    n = load_i32(TRACEBACK)
    if n + 2 <= TRACEBACK_CAP:
        store_i32(TRACEBACK + 4 + 4 * n, str_addr(tag) - 8)
        store_i32(TRACEBACK + 8 + 4 * n, str_addr(e) - 8)
        store_i32(TRACEBACK, n + 2)


def print_traceback(start: int, end: int, message: str) -> None:
    """Prints frames [start, end) of the traceback buffer, outermost first, then `message`."""
    if end > start:
        write_fd(2, "Traceback (most recent call last):\n")
    i = end - 1
    repeats = 0
    previous = ""
    while i >= start:
        frame = traceback_frame(i)
        if repeats == 0 or not same_frame(frame, previous):
            report_repeats(repeats)
            repeats = 0
            previous = frame
        repeats += 1
        if repeats <= 3:
            write_fd(2, frame)
        i -= 1
    report_repeats(repeats)
    write_fd(2, message)
    write_fd(2, "\n")


def write_count(fd: int, n: int) -> None:
    """Writes the digits of `n` (at least 0) without allocating: tracebacks print after
    stdout's buffer is flushed, so they build them there."""
    end = OUT_BUFFER + 32
    i = end
    while True:
        i -= 1
        store_u8(i, 48 + n % 10)
        n = n // 10
        if n == 0:
            break
    write(fd, i, end - i)


def same_frame(a: str, b: str) -> bool:
    """Whether two traceback frames are of the same line of the same function (their first
    lines are equal)."""
    i = 0
    while i < str_size(a) and i < str_size(b):
        byte = load_u8(str_addr(a) + i)
        if byte != load_u8(str_addr(b) + i):
            return False
        if byte == 10:
            return True
        i += 1
    return False


def report_repeats(repeats: int) -> None:
    """CPython shows a frame repeated more than 3 times in a row 3 times, then counts the rest."""
    if repeats > 3:
        write_fd(2, "  [Previous line repeated ")
        write_count(2, repeats - 3)
        if repeats - 3 > 1:
            write_fd(2, " more times]\n")
        else:
            write_fd(2, " more time]\n")


def exc_is_object(e: str) -> bool:
    """Whether an exception is an instance of one of the program's classes; else it is the text
    of a built-in exception ("Type: message")."""
    a = str_addr(e) - 8
    return a >= load_i32(HEAP_START) + 8 and load_i32(a - 4) & 255 == KIND_FIELDS


def exc_line(name: str, text: str) -> str:
    """The last line of a traceback for an exception of class `name` whose str is `text`."""
    if str_size(text) == 0:
        return name
    return str_concat(str_concat(name, ": "), text)


def next_object_context(i: int) -> int:
    """The index from `i` on of the next exception in the traceback buffer that is being
    handled and is an object, or -1."""
    while i + 1 < traceback_len():
        if load_u8(str_addr(traceback_frame(i))) == 10:
            if exc_is_object(traceback_frame(i + 1)):
                return i + 1
            i += 2
        else:
            i += 1
    return -1


def exc_name_size(e: str) -> int:
    """The length of the class name an exception's text starts with."""
    i = find_byte(e, 58)
    if i < 0:
        return str_size(e)
    return i


def exc_str(e: str) -> str:
    """str() of an exception: its text after the class name."""
    size = exc_name_size(e)
    if size == str_size(e):
        return ""
    return substr(e, size + 2, str_size(e))


# The kinds of an exception's text whose message is the str of one argument that was not a str,
# which repr() shows as it is, and whose message is the repr of several arguments' tuple, which
# repr() shows after the class name (a heap str's kind is KIND_RAW, which the collector reads by
# its low byte).
KIND_UNQUOTED = 256
KIND_ARGS_TUPLE = 512


def exc_unquoted(e: str, several: bool) -> str:
    """Marks the exception text `e` as one whose message repr() shows as it is: one argument's
    str, or (`several`) the repr of the arguments' tuple."""
    a = str_addr(e) - 8
    if a >= load_i32(HEAP_START) + 8:
        store_i32(a - 4, KIND_ARGS_TUPLE if several else KIND_UNQUOTED)
    return e


def exc_repr(e: str) -> str:
    """repr() of a built-in exception: its class name, then its arguments' reprs in parentheses."""
    name = exc_class_name(e)
    message = exc_str(e)
    if str_size(message) == 0:
        return str_concat(name, "()")
    a = str_addr(e) - 8
    kind = load_i32(a - 4) if a >= load_i32(HEAP_START) + 8 else KIND_RAW
    if kind == KIND_ARGS_TUPLE:
        return str_concat(name, message)
    if kind != KIND_UNQUOTED and not str_eq(name, "KeyError"):
        message = str_repr(message)
    return str_concat(str_concat(str_concat(name, "("), message), ")")


def set_text(list_text: str) -> str:
    """A set's repr from its elements' list's: `{...}`, or `set()` for `[]`."""
    if str_size(list_text) == 2:
        return "set()"
    return str_concat(str_concat("{", substr(list_text, 1, str_size(list_text) - 1)), "}")


def frozenset_text(list_text: str) -> str:
    """A frozenset's repr from its elements' list's: `frozenset({...})`, or `frozenset()`."""
    if str_size(list_text) == 2:
        return "frozenset()"
    return str_concat(str_concat("frozenset(", set_text(list_text)), ")")


def exc_args_inner(text: str) -> str:
    """The repr of an exception's arguments tuple without its parentheses."""
    return substr(text, 1, str_size(text) - 1)


def exc_class_name(e: str) -> str:
    return substr(e, 0, exc_name_size(e))


def exc_matches(e: str, names: str) -> bool:
    """Whether the exception's class is one of `names` ("|A|B|")."""
    size = exc_name_size(e)
    base = str_addr(e)
    names_base = str_addr(names)
    start = 1
    i = 1
    while i < str_size(names):
        if load_u8(names_base + i) == 124:
            if i - start == size:
                j = 0
                while j < size and load_u8(names_base + start + j) == load_u8(base + j):
                    j += 1
                if j == size:
                    return True
            start = i + 1
        i += 1
    return False


# How an uncaught SystemExit ends the process: with `exit_code`, after printing its message
# when `exit_message`.
exit_code = 0
exit_message = False


def sys_exit(code: int, has_code: bool) -> None:
    """`sys.exit(code)` (`sys.exit()` when not `has_code`): raises SystemExit."""
    global exit_code, exit_message
    exit_code = code
    exit_message = False
    if has_code:
        raise_(str_concat("SystemExit: ", int_str(code)))
    raise_("SystemExit")


def sys_exit_message(message: str) -> None:
    global exit_code, exit_message
    exit_code = 1
    exit_message = True
    raise_(str_concat("SystemExit: ", message))


# Memory: the slow path of allocation and the mark-and-sweep collector. The layout is
# krait_mir's: each heap block is a header (its size with the mark in bit 0, then its kind)
# and a payload; the fast path in krait_wasm pops exact-size free lists and bumps HEAP_TOP.
HEAP_START = 512
HEAP_TOP = 516
HEAP_LIVE = 520
BUMP_CUR = 524
BUMP_END = 528
FREE_LISTS = 640
SMALL_BLOCK_MAX = 256
SHADOW_BASE = 24576
KIND_RAW = 0
KIND_PINNED = 1
KIND_REFS = 2
KIND_FREE = 3
KIND_FIELDS = 4
# The heap is not collected before it holds this many bytes, then again whenever it has
# doubled since the last collection left it.
MIN_COLLECT = 4194304
# Set by `krait run --gc-stress`: collect at every allocation (which all come here then).
GC_STRESS = False
PAGE = 65536
# While marking: the heap's bounds and the mark stack, which lives above HEAP_TOP.
gc_low = 0
gc_high = 0
mark_base = 0
mark_top = 0


def alloc_slow(total: int) -> int:
    """A block of at least `total` bytes (header included) for the allocator's fast path, with
    its size in its header; raises MemoryError when memory cannot grow."""
    if total > 2147483648:
        raise_("MemoryError")
    retire_region()
    if GC_STRESS:
        collect()
    block = take_free(total)
    if block != 0:
        return block
    heap = load_i32(HEAP_TOP) - load_i32(HEAP_START)
    if heap >= MIN_COLLECT and heap >= 2 * load_i32(HEAP_LIVE):
        collect()
        block = take_free(total)
        if block != 0:
            return block
    # The unused end of memory becomes the bump region, grown to hold the block.
    top = load_i32(HEAP_TOP)
    have = memory_size() * PAGE
    if top + total > have:
        pages = (top + total - have + PAGE - 1) // PAGE
        extra = memory_size() // 4
        if memory_grow(pages + extra) < 0 and memory_grow(pages) < 0:
            collect()
            block = take_free(total)
            if block != 0:
                return block
            raise_("MemoryError")
        top = load_i32(HEAP_TOP)
        have = memory_size() * PAGE
    store_i32(HEAP_TOP, have)
    store_i32(top, total)
    store_i32(BUMP_CUR, top + total)
    store_i32(BUMP_END, have)
    return top


def retire_region() -> None:
    """Gives the rest of the bump region back: to the unused end of memory when the region is
    there (so that the mark stack can use it), else as a free block."""
    at = load_i32(BUMP_CUR)
    end = load_i32(BUMP_END)
    if end == load_i32(HEAP_TOP):
        store_i32(HEAP_TOP, at)
    elif end > at:
        free_block(at, end - at)
    store_i32(BUMP_CUR, 0)
    store_i32(BUMP_END, 0)


def take_free(total: int) -> int:
    """A free block of at least `total` bytes, or 0. A small block comes whole from its
    exact-size free list if it can; otherwise the first large free block that fits becomes the
    bump region and the block is carved from its start, so that the allocations after it take
    the fast path; only then does a bigger small block become the region."""
    if total <= SMALL_BLOCK_MAX:
        block = load_i32(FREE_LISTS + total // 2)
        if block != 0:
            store_i32(FREE_LISTS + total // 2, load_i32(block + 8))
            store_i32(block, total)
            return block
    link = FREE_LISTS
    block = load_i32(link)
    while block != 0:
        size = load_i32(block)
        if size >= total:
            store_i32(link, load_i32(block + 8))
            return carve(block, size, total)
        link = block + 8
        block = load_i32(link)
    if total <= SMALL_BLOCK_MAX:
        k = total // 8 + 1
        while k <= SMALL_BLOCK_MAX // 8:
            block = load_i32(FREE_LISTS + 4 * k)
            if block != 0:
                store_i32(FREE_LISTS + 4 * k, load_i32(block + 8))
                return carve(block, 8 * k, total)
            k += 1
    return 0


def carve(block: int, size: int, total: int) -> int:
    """The first `total` bytes of a free `size`-byte block; the rest becomes the bump region."""
    store_i32(block, total)
    store_i32(BUMP_CUR, block + total)
    store_i32(BUMP_END, block + size)
    return block


def free_block(block: int, size: int) -> None:
    """Makes a free block; one of 8 bytes has no room for a link and waits to be coalesced."""
    store_i32(block, size)
    store_i32(block + 4, KIND_FREE)
    if size < 16:
        return
    k = 0
    if size <= SMALL_BLOCK_MAX:
        k = size // 8
    store_i32(block + 8, load_i32(FREE_LISTS + 4 * k))
    store_i32(FREE_LISTS + 4 * k, block)


def collect() -> None:
    """Marks everything reachable from the shadow stack, then sweeps the heap."""
    global gc_low, gc_high, mark_base, mark_top
    retire_region()
    gc_low = load_i32(HEAP_START) + 8
    gc_high = load_i32(HEAP_TOP)
    mark_base = gc_high
    mark_top = gc_high
    root = SHADOW_BASE
    roots_end = shadow_top()
    while root < roots_end:
        mark(load_i32(root))
        root += 4
    # The exceptions that `except` clauses are handling (see `uncaught`).
    i = 0
    while i < traceback_len():
        mark(str_addr(traceback_frame(i)) - 8)
        i += 1
    while mark_top > mark_base:
        mark_top -= 4
        scan(load_i32(mark_top))
    sweep()


def mark(object: int) -> None:
    global mark_top
    if object < gc_low or object >= gc_high:
        return
    word = load_i32(object - 8)
    if word & 1 == 1:
        return
    store_i32(object - 8, word + 1)
    kind = load_i32(object - 4)
    if kind != KIND_REFS and kind & 255 != KIND_FIELDS:
        return
    if mark_top + 4 > memory_size() * PAGE:
        memory_grow(1)
    store_i32(mark_top, object)
    mark_top += 4


def scan(object: int) -> None:
    """Marks what the `Ref`s of a marked object point to: all its words, or an instance's
    leading attribute words."""
    kind = load_i32(object - 4)
    end = object - 8 + (load_i32(object - 8) - 1)
    if kind != KIND_REFS:
        end = object + 4 * (shr_u(kind, 8) & 255)
    while object < end:
        mark(load_i32(object))
        object += 4


def sweep() -> None:
    """Frees every unmarked block (coalescing neighbours) and clears the marks; a free run at
    the end of the heap goes back to the bump region."""
    k = 0
    while k <= SMALL_BLOCK_MAX // 8:
        store_i32(FREE_LISTS + 4 * k, 0)
        k += 1
    block = load_i32(HEAP_START)
    top = load_i32(HEAP_TOP)
    live = 0
    free_start = 0
    while block < top:
        word = load_i32(block)
        size = word - word % 8
        if word & 1 == 1 or load_i32(block + 4) == KIND_PINNED:
            store_i32(block, size)
            live += size
            if free_start != 0:
                free_block(free_start, block - free_start)
                free_start = 0
        elif free_start == 0:
            free_start = block
        block += size
    if free_start != 0:
        store_i32(HEAP_TOP, free_start)
    store_i32(HEAP_LIVE, live)


# Where slice_adjust leaves a slice's first index.
slice_first = 0


def slice_adjust(
    length: int, start: int, stop: int, step: int, has_start: bool, has_stop: bool
) -> int:
    """CPython's PySlice_AdjustIndices for a sequence of `length`: sets slice_first and
    returns how many elements the slice selects."""
    global slice_first
    if step == 0:
        raise_("ValueError: slice step cannot be zero")
    if step > 0:
        if not has_start:
            start = 0
        elif start < 0:
            start += length
            if start < 0:
                start = 0
        elif start > length:
            start = length
        if not has_stop:
            stop = length
        elif stop < 0:
            stop += length
            if stop < 0:
                stop = 0
        elif stop > length:
            stop = length
        slice_first = start
        if start < stop:
            return (stop - start - 1) // step + 1
        return 0
    if not has_start:
        start = length - 1
    elif start < 0:
        start += length
        if start < 0:
            start = -1
    elif start >= length:
        start = length - 1
    if not has_stop:
        stop = -1
    elif stop < 0:
        stop += length
        if stop < 0:
            stop = -1
    elif stop >= length:
        stop = length - 1
    slice_first = start
    if stop < start:
        return (start - stop - 1) // (0 - step) + 1
    return 0


def extended_slice_error(size: int, slice_size: int) -> None:
    raise_(
        "ValueError: attempt to assign sequence of size "
        + int_str(size)
        + " to extended slice of size "
        + int_str(slice_size)
    )


def list_grow(items: int, used: int, size: int, refs: bool) -> int:
    """A list's new buffer of `size` bytes, starting with the `used` bytes of `items`."""
    buffer = alloc_buffer(size, refs)
    copy(buffer, items, used)
    return buffer


def argv_len() -> int:
    args_sizes_get(SCRATCH, SCRATCH + 4)
    return load_i32(SCRATCH)


def argv_get(index: int) -> str:
    n = argv_len()
    if index < 0:
        index += n
    if index < 0 or index >= n:
        raise_("IndexError: list index out of range")
    buffer_size = load_i32(SCRATCH + 4)
    pointers = alloc(4 * n)
    buffer = alloc(buffer_size)
    args_get(pointers, buffer)
    start = load_i32(pointers + 4 * index)
    size = 0
    chars = 0
    while load_u8(start + size) != 0:
        if load_u8(start + size) & 192 != 128:
            chars += 1
        size += 1
    result = str_new(size, chars)
    copy_bytes(str_addr(result), start, size)
    release(pointers)
    release(buffer)
    return result


# Standard input, read by fd_read in chunks into a pinned buffer: the bytes from stdin_start
# to stdin_end are read and not yet taken.
stdin_buffer = 0
stdin_capacity = 0
stdin_start = 0
stdin_end = 0
stdin_done = False
STDIN_CHUNK = 65536


def stdin_fill() -> bool:
    """Reads more of standard input after the bytes not yet taken; False at its end."""
    global stdin_buffer, stdin_capacity, stdin_start, stdin_end, stdin_done
    if stdin_done:
        return False
    waiting = stdin_end - stdin_start
    if stdin_capacity - waiting < STDIN_CHUNK:
        capacity = 2 * stdin_capacity
        if capacity < waiting + STDIN_CHUNK:
            capacity = waiting + STDIN_CHUNK
        buffer = alloc(capacity)
        if stdin_buffer != 0:
            copy(buffer, stdin_buffer + stdin_start, waiting)
            release(stdin_buffer)
        stdin_buffer = buffer
        stdin_capacity = capacity
    elif stdin_start > 0:
        copy(stdin_buffer, stdin_buffer + stdin_start, waiting)
    stdin_start = 0
    stdin_end = waiting
    store_i32(SCRATCH, stdin_buffer + stdin_end)
    store_i32(SCRATCH + 4, stdin_capacity - stdin_end)
    store_i32(SCRATCH + 8, 0)
    fd_read(SCRATCH, SCRATCH + 8)
    count = load_i32(SCRATCH + 8)
    if count <= 0:
        stdin_done = True
        return False
    stdin_end += count
    return True


def stdin_take(size: int) -> str:
    """The next `size` bytes not yet taken, decoded as UTF-8 (CPython's UnicodeDecodeError)."""
    global stdin_start
    raw = str_new(size, size)
    copy(str_addr(raw), stdin_buffer + stdin_start, size)
    stdin_start += size
    return bytes_decode(raw)


def stdin_readline() -> str:
    """sys.stdin.readline(): the next line with its newline, "" at the end of the input."""
    i = stdin_start
    while True:
        while i < stdin_end:
            if load_u8(stdin_buffer + i) == 10:
                return stdin_take(i + 1 - stdin_start)
            i += 1
        offset = i - stdin_start
        if not stdin_fill():
            return stdin_take(stdin_end - stdin_start)
        i = stdin_start + offset


def stdin_read() -> str:
    """sys.stdin.read(): the rest of the input."""
    while stdin_fill():
        pass
    return stdin_take(stdin_end - stdin_start)


def builtin_input(prompt: str) -> str:
    """input(prompt): the prompt written (and flushed), then the next line without its
    newline; EOFError at the end of the input."""
    if str_size(prompt) > 0:
        write_out(prompt)
        flush()
    line = stdin_readline()
    size = str_size(line)
    if size == 0:
        raise_("EOFError: EOF when reading a line")
    if load_u8(str_addr(line) + size - 1) == 10:
        return substr(line, 0, size - 1)
    return line


def str_concat(a: str, b: str) -> str:
    size_a = str_size(a)
    size_b = str_size(b)
    if size_a == 0:
        return b
    if size_b == 0:
        return a
    result = str_new(size_a + size_b, n_chars(a) + n_chars(b))
    copy_short(str_addr(result), str_addr(a), size_a)
    copy_short(str_addr(result) + size_a, str_addr(b), size_b)
    return result


def str_repeat(s: str, n: int) -> str:
    if n <= 0:
        return ""
    size = str_size(s)
    total = size * n
    result = str_new(total, n_chars(s) * n)
    target = str_addr(result)
    copy(target, str_addr(s), size)
    # Double the filled part until it is complete: log n copies.
    filled = size
    while filled < total:
        chunk = min(filled, total - filled)
        copy(target + filled, target, chunk)
        filled += chunk
    return result


def str_eq(a: str, b: str) -> bool:
    size = str_size(a)
    if size != str_size(b):
        return False
    i = 0
    while i < size:
        if load_u8(str_addr(a) + i) != load_u8(str_addr(b) + i):
            return False
        i += 1
    return True


def str_join(sep: str, items: int, n: int) -> str:
    """`sep.join(strs)` for the `n` strs whose addresses are at `items` (a list's buffer, which
    the caller keeps alive; objects never move)."""
    if n == 0:
        return ""
    sep_size = str_size(sep)
    size = sep_size * (n - 1)
    chars = n_chars(sep) * (n - 1)
    i = 0
    while i < n:
        item = load_i32(items + 4 * i)
        size += load_i32(item)
        chars += load_i32(item + 4)
        i += 1
    result = str_new(size, chars)
    at = str_addr(result)
    i = 0
    while i < n:
        if i > 0:
            copy_short(at, str_addr(sep), sep_size)
            at += sep_size
        item = load_i32(items + 4 * i)
        item_size = load_i32(item)
        copy_short(at, item + 8, item_size)
        at += item_size
        i += 1
    return result


def str_hash(s: str) -> int:
    """FNV-1a over the UTF-8 bytes (equal strs have equal bytes)."""
    h = -3750763034362895579
    i = 0
    size = str_size(s)
    base = str_addr(s)
    while i < size:
        h = wrap_mul(h ^ load_u8(base + i), 1099511628211)
        i += 1
    return h


def str_contains(s: str, sub: str) -> bool:
    """Whether `sub` occurs in `s`: a byte search, as UTF-8 makes a code point match one."""
    size = str_size(s)
    n = str_size(sub)
    base = str_addr(s)
    pattern = str_addr(sub)
    i = 0
    while i + n <= size:
        j = 0
        while j < n and load_u8(base + i + j) == load_u8(pattern + j):
            j += 1
        if j == n:
            return True
        i += 1
    return False


def str_compare(a: str, b: str) -> int:
    """-1, 0 or 1: UTF-8 byte order is code point order."""
    size_a = str_size(a)
    size_b = str_size(b)
    i = 0
    while i < size_a and i < size_b:
        x = load_u8(str_addr(a) + i)
        y = load_u8(str_addr(b) + i)
        if x != y:
            return -1 if x < y else 1
        i += 1
    if size_a == size_b:
        return 0
    return -1 if size_a < size_b else 1


def ascii_str(addr: int, size: int) -> str:
    result = str_new(size, size)
    copy_bytes(str_addr(result), addr, size)
    return result


def take_ascii(buffer: int, size: int) -> str:
    """The ASCII text in a buffer from `alloc`, which is released."""
    result = ascii_str(buffer, size)
    release(buffer)
    return result


def int_str(n: int) -> str:
    return int_digits(n, 10, False)


def int_digits(n: int, base: int, upper: bool) -> str:
    """The digits of n in base 2, 8, 10 or 16, with a leading '-' when negative."""
    if n == INT_MIN:
        if base == 10:
            return "-9223372036854775808"
        if base == 16:
            return "-8000000000000000"
        if base == 8:
            return "-1000000000000000000000"
        return "-1000000000000000000000000000000000000000000000000000000000000000"
    global digit_scratch
    if digit_scratch == 0:
        digit_scratch = alloc(72)
    end = digit_scratch + 72
    at = end
    negative = n < 0
    if negative:
        n = -n
    while True:
        digit = n % base
        n = n // base
        at -= 1
        if digit < 10:
            store_u8(at, 48 + digit)
        elif upper:
            store_u8(at, 55 + digit)
        else:
            store_u8(at, 87 + digit)
        if n == 0:
            break
    if negative:
        at -= 1
        store_u8(at, 45)
    return ascii_str(at, end - at)


def str_repr(s: str) -> str:
    """repr() of a str: single quotes unless the text has ' and no "; escapes as CPython."""
    size = str_size(s)
    base = str_addr(s)
    has_single = False
    has_double = False
    i = 0
    while i < size:
        c = load_u8(base + i)
        if c == 39:
            has_single = True
        if c == 34:
            has_double = True
        i += 1
    quote = 39
    if has_single and not has_double:
        quote = 34
    buffer = alloc(size * 4 + 2)
    at = buffer
    store_u8(at, quote)
    at += 1
    chars = 1
    i = 0
    while i < size:
        c = load_u8(base + i)
        if c == quote or c == 92:
            store_u8(at, 92)
            store_u8(at + 1, c)
            at += 2
            chars += 2
        elif c == 10 or c == 13 or c == 9:
            store_u8(at, 92)
            if c == 10:
                store_u8(at + 1, 110)
            elif c == 13:
                store_u8(at + 1, 114)
            else:
                store_u8(at + 1, 116)
            at += 2
            chars += 2
        elif c < 32 or c == 127:
            store_u8(at, 92)
            store_u8(at + 1, 120)
            store_u8(at + 2, hex_digit(c // 16))
            store_u8(at + 3, hex_digit(c % 16))
            at += 4
            chars += 4
        elif c >= 192 and not is_printable(code_at(s, i)):
            code = code_at(s, i)
            digits = 8
            store_u8(at, 92)
            if code < 256:
                digits = 2
                store_u8(at + 1, 120)
            elif code < 65536:
                digits = 4
                store_u8(at + 1, 117)
            else:
                store_u8(at + 1, 85)
            j = 0
            while j < digits:
                store_u8(at + 2 + j, hex_digit(code // (1 << (4 * (digits - 1 - j))) % 16))
                j += 1
            at += 2 + digits
            chars += 2 + digits
            i += char_len(c) - 1
        else:
            store_u8(at, c)
            at += 1
            if c & 192 != 128:
                chars += 1
        i += 1
    store_u8(at, quote)
    at += 1
    chars += 1
    result = str_new(at - buffer, chars)
    copy_bytes(str_addr(result), buffer, at - buffer)
    release(buffer)
    return result


def is_printable(c: int) -> bool:
    """Whether repr() shows a non-ASCII code point as itself: not a control, format,
    separator (other than space), private-use or noncharacter code point."""
    if c <= 160 or c == 173 or c == 5760 or c == 6158 or c == 12288 or c == 65279:
        return False
    if (c >= 1536 and c <= 1541) or c == 1564 or c == 1757 or c == 1807:
        return False
    if (c >= 8192 and c <= 8207) or (c >= 8232 and c <= 8239) or (c >= 8287 and c <= 8303):
        return False
    if (c >= 57344 and c <= 63743) or (c >= 65520 and c <= 65531) or c >= 983040:
        return False
    return c & 65534 != 65534


def hex_digit(d: int) -> int:
    if d < 10:
        return 48 + d
    return 87 + d


def float_repr(x: float) -> str:
    """repr() of a float: the shortest digits that read back as x, as CPython prints them."""
    if x != x:
        return "nan"
    if x == INF:
        return "inf"
    if x == -INF:
        return "-inf"
    if x == 0.0:
        if f64_bits(x) < 0:
            return "-0.0"
        return "0.0"
    shortest_digits(x)
    n = digits_len
    point = digits_point
    buffer = alloc(n + 32)
    at = buffer
    if x < 0.0:
        store_u8(at, 45)
        at += 1
    if point > -4 and point <= 16:
        if point <= 0:
            store_u8(at, 48)
            store_u8(at + 1, 46)
            at += 2
            i = 0
            while i < -point:
                store_u8(at, 48)
                at += 1
                i += 1
            copy_bytes(at, digits, n)
            at += n
        elif point >= n:
            copy_bytes(at, digits, n)
            at += n
            i = n
            while i < point:
                store_u8(at, 48)
                at += 1
                i += 1
            store_u8(at, 46)
            store_u8(at + 1, 48)
            at += 2
        else:
            copy_bytes(at, digits, point)
            at += point
            store_u8(at, 46)
            at += 1
            copy_bytes(at, digits + point, n - point)
            at += n - point
    else:
        store_u8(at, load_u8(digits))
        at += 1
        if n > 1:
            store_u8(at, 46)
            at += 1
            copy_bytes(at, digits + 1, n - 1)
            at += n - 1
        at = write_exponent(at, point - 1)
    return take_ascii(buffer, at - buffer)


def write_exponent(at: int, exponent: int) -> int:
    """Writes e+XX / e-XX (at least two digits) at `at` and returns the end."""
    store_u8(at, 101)
    if exponent < 0:
        store_u8(at + 1, 45)
        exponent = -exponent
    else:
        store_u8(at + 1, 43)
    at += 2
    if exponent >= 100:
        store_u8(at, 48 + exponent // 100)
        at += 1
    store_u8(at, 48 + exponent // 10 % 10)
    store_u8(at + 1, 48 + exponent % 10)
    return at + 2


# Decimal big numbers for float printing and parsing: little-endian arrays of base-10**9 limbs
# (u32 each), with their length counted in digits, in scratch buffers allocated once. A double's
# exact expansion has at most 767 significant digits.
DECIMAL_CAPACITY = 1200
dec_low = 0
dec_value = 0
dec_high = 0
dec_candidate = 0
# The result of shortest_digits and exact_digits: big-endian ASCII digits, their count, and
# the decimal point's position (value = 0.DIGITS * 10**digits_point).
digits = 0
digits_len = 0
digits_point = 0
powers_of_ten = 0
INF = 1e400


def limb(buffer: int, j: int) -> int:
    return load_i32(buffer + 4 * j)


def set_limb(buffer: int, j: int, value: int) -> None:
    store_i32(buffer + 4 * j, value)


def power_of_ten_int(k: int) -> int:
    """10**k for 0 <= k <= 9, from the table scratch_buffers fills."""
    return load_i64(powers_of_ten + 8 * k)


def digit_count(value: int) -> int:
    """Decimal digits of 0 < value < 10**9."""
    count = 1
    while count < 9 and value >= power_of_ten_int(count):
        count += 1
    return count


def limb_count(n: int) -> int:
    return (n + 8) // 9


def dec_digit(buffer: int, i: int) -> int:
    """Digit i of the number, counting from the least significant."""
    return limb(buffer, i // 9) // power_of_ten_int(i % 9) % 10


def dec_length(buffer: int, count: int) -> int:
    """The number of digits of a number of `count` limbs whose top limb is not zero."""
    return 9 * (count - 1) + digit_count(limb(buffer, count - 1))


def dec_set(buffer: int, value: int) -> int:
    """Writes 0 < value < 10**18 and returns its number of digits."""
    set_limb(buffer, 0, value % 1000000000)
    high = value // 1000000000
    set_limb(buffer, 1, high)
    if high == 0:
        return digit_count(value)
    return 9 + digit_count(high)


def dec_mul(buffer: int, n: int, factor: int) -> int:
    """Multiplies the number in `buffer` by 0 < factor <= 5**13 and returns its new length."""
    count = limb_count(n)
    carry = 0
    j = 0
    while j < count:
        product = limb(buffer, j) * factor + carry
        set_limb(buffer, j, product % 1000000000)
        carry = product // 1000000000
        j += 1
    while carry > 0:
        set_limb(buffer, count, carry % 1000000000)
        carry = carry // 1000000000
        count += 1
    return dec_length(buffer, count)


def dec_compare(a: int, n_a: int, b: int, n_b: int) -> int:
    """-1, 0 or 1 comparing two numbers without leading zeros."""
    if n_a != n_b:
        return -1 if n_a < n_b else 1
    j = limb_count(n_a) - 1
    while j >= 0:
        x = limb(a, j)
        y = limb(b, j)
        if x != y:
            return -1 if x < y else 1
        j -= 1
    return 0


def dec_round_up(buffer: int, n: int, position: int) -> int:
    """Adds 10**position with carry and returns the new length."""
    count = limb_count(n)
    j = position // 9
    while count <= j:
        set_limb(buffer, count, 0)
        count += 1
    value = limb(buffer, j) + power_of_ten_int(position % 9)
    while value >= 1000000000:
        set_limb(buffer, j, value - 1000000000)
        j += 1
        if j == count:
            set_limb(buffer, count, 0)
            count += 1
        value = limb(buffer, j) + 1
    set_limb(buffer, j, value)
    return dec_length(buffer, count)


def dec_truncate(source: int, n: int, keep: int, target: int) -> None:
    """Copies source into target with all but the top `keep` digits zeroed."""
    cut = n - keep
    count = limb_count(n)
    j = 0
    while j < count:
        value = limb(source, j)
        if j < cut // 9:
            value = 0
        elif j == cut // 9:
            value = value - value % power_of_ten_int(cut % 9)
        set_limb(target, j, value)
        j += 1


def rounds_up(buffer: int, n: int, keep: int) -> bool:
    """Whether keeping the top `keep` digits rounds up, ties to even, on the exact digits."""
    if keep >= n or keep < 0:
        return False
    position = n - keep - 1
    first = dec_digit(buffer, position)
    if first != 5:
        return first > 5
    j = position // 9
    if limb(buffer, j) % power_of_ten_int(position % 9) != 0:
        return True
    j -= 1
    while j >= 0:
        if limb(buffer, j) != 0:
            return True
        j -= 1
    if keep == 0:
        return False
    return dec_digit(buffer, position + 1) % 2 == 1


# The buffer a slice assignment copies a list's own elements through (krait_lower's
# `list_slice_copy`): pinned, and grown as needed. The list keeps the elements alive meanwhile.
slice_scratch = 0
slice_scratch_size = 0


def scratch_buffer(size: int) -> int:
    """The address of the slice scratch buffer, of at least `size` bytes."""
    global slice_scratch, slice_scratch_size
    if size > slice_scratch_size:
        if slice_scratch != 0:
            release(slice_scratch)
        slice_scratch_size = 2 * slice_scratch_size
        if slice_scratch_size < size:
            slice_scratch_size = size
        slice_scratch = alloc(slice_scratch_size)
    return slice_scratch


def scratch_buffers() -> None:
    global dec_low, dec_value, dec_high, dec_candidate, digits, powers_of_ten
    if dec_low == 0:
        dec_low = alloc(DECIMAL_CAPACITY)
        dec_value = alloc(DECIMAL_CAPACITY)
        dec_high = alloc(DECIMAL_CAPACITY)
        dec_candidate = alloc(DECIMAL_CAPACITY)
        digits = alloc(DECIMAL_CAPACITY)
        powers_of_ten = alloc(80)
        power = 1
        k = 0
        while k < 10:
            store_i64(powers_of_ten + 8 * k, power)
            power = power * 10
            k += 1


def export_digits(buffer: int, n: int, keep: int, scale: int) -> None:
    """Sets digits/digits_len/digits_point from the top `keep` digits of buffer (trailing zeros
    dropped), a number of n digits times 10**scale."""
    global digits_len, digits_point
    while keep > 1 and dec_digit(buffer, n - keep) == 0:
        keep -= 1
    write_limb_digits(buffer, n, keep)
    digits_len = keep
    digits_point = n + scale


def write_limb_digits(buffer: int, n: int, keep: int) -> None:
    """Writes the top `keep` digits of the n-digit number in buffer to `digits` as ASCII."""
    count = limb_count(n)
    top_digits = n - 9 * (count - 1)
    at = 0
    j = count - 1
    width = top_digits
    while j >= 0 and at < keep:
        value = limb(buffer, j)
        k = width - 1
        while k >= 0 and at < keep:
            store_u8(digits + at, 48 + value // power_of_ten_int(k) % 10)
            at += 1
            k -= 1
        width = 9
        j -= 1


def dec_scaled(buffer: int, value: int, exponent: int) -> int:
    """Writes value * 2**exponent (exponent >= 0) or value * 5**-exponent into buffer; the
    second is value * 2**exponent * 10**-exponent."""
    n = dec_set(buffer, value)
    if exponent >= 0:
        while exponent >= 30:
            n = dec_mul(buffer, n, 1073741824)
            exponent -= 30
        if exponent > 0:
            n = dec_mul(buffer, n, int_pow(2, exponent))
    else:
        exponent = -exponent
        while exponent >= 13:
            n = dec_mul(buffer, n, 1220703125)
            exponent -= 13
        if exponent > 0:
            n = dec_mul(buffer, n, int_pow(5, exponent))
    return n


# The parts of the double split_float was last given: x = split_significand * 2**split_exponent.
split_significand = 0
split_exponent = 0
split_exponent_bits = 0


def split_float(x: float) -> None:
    """Splits a finite float's magnitude into its integer significand and binary exponent."""
    global split_significand, split_exponent, split_exponent_bits
    bits = f64_bits(x)
    split_exponent_bits = shr_u(bits, 52) & 2047
    split_significand = bits & 4503599627370495
    if split_exponent_bits == 0:
        split_exponent = -1074
    else:
        split_significand += 4503599627370496
        split_exponent = split_exponent_bits - 1075


def shortest_digits(x: float) -> None:
    """The shortest digits that round back to the finite, non-zero x, closest to x."""
    scratch_buffers()
    split_float(x)
    exponent_bits = split_exponent_bits
    mantissa = split_significand
    exponent = split_exponent
    # x = mantissa * 2**exponent; its neighbours' midpoints are a half ulp away, or a quarter
    # below at a power of two, so everything is scaled by 4 to stay integral.
    low_gap = 2
    if mantissa == 4503599627370496 and exponent_bits > 1:
        low_gap = 1
    scale = exponent - 2
    n_value = dec_scaled(dec_value, 4 * mantissa, scale)
    n_low = dec_scaled(dec_low, 4 * mantissa - low_gap, scale)
    n_high = dec_scaled(dec_high, 4 * mantissa + 2, scale)
    decimal_scale = 0
    if scale < 0:
        decimal_scale = scale
    # An even mantissa reads back from its midpoints too (round-half-even when parsing).
    inclusive = mantissa % 2 == 0
    # Every number in [low, high] shares the digits low and high share, so no candidate is
    # shorter than one digit past their common prefix, except low itself when it is short.
    keep = common_prefix(dec_low, n_low, dec_high, n_high) + 1
    if inclusive:
        short_low = n_low - trailing_zeros(dec_low, n_low)
        if n_low == n_value and short_low < keep:
            keep = short_low
    while keep <= n_value:
        dec_truncate(dec_value, n_value, keep, dec_candidate)
        up = rounds_up(dec_value, n_value, keep)
        n_candidate = n_value
        if up:
            n_candidate = dec_round_up(dec_candidate, n_value, n_value - keep)
        if inside(dec_candidate, n_candidate, n_low, n_high, inclusive):
            export_digits(dec_candidate, n_candidate, keep + n_candidate - n_value, decimal_scale)
            return
        # The other neighbour at this length, on the other side of x.
        dec_truncate(dec_value, n_value, keep, dec_candidate)
        n_candidate = n_value
        if not up:
            n_candidate = dec_round_up(dec_candidate, n_value, n_value - keep)
        if inside(dec_candidate, n_candidate, n_low, n_high, inclusive):
            export_digits(dec_candidate, n_candidate, keep + n_candidate - n_value, decimal_scale)
            return
        keep += 1
    export_digits(dec_value, n_value, n_value, decimal_scale)


def common_prefix(a: int, n_a: int, b: int, n_b: int) -> int:
    """How many leading digits two numbers of the same length share (0 for other lengths)."""
    if n_a != n_b:
        return 0
    j = limb_count(n_a) - 1
    width = n_a - 9 * j
    shared = 0
    while j >= 0:
        x = limb(a, j)
        y = limb(b, j)
        if x != y:
            k = width - 1
            while k >= 0 and x // power_of_ten_int(k) == y // power_of_ten_int(k):
                shared += 1
                k -= 1
            return shared
        shared += width
        width = 9
        j -= 1
    return shared


def trailing_zeros(buffer: int, n: int) -> int:
    count = 0
    while count < n and dec_digit(buffer, count) == 0:
        count += 1
    return count


def inside(candidate: int, n_candidate: int, n_low: int, n_high: int, inclusive: bool) -> bool:
    above_low = dec_compare(candidate, n_candidate, dec_low, n_low)
    below_high = dec_compare(candidate, n_candidate, dec_high, n_high)
    if inclusive:
        return above_low >= 0 and below_high <= 0
    return above_low > 0 and below_high < 0


def exact_digits(x: float, keep_after_point: int, keep_significant: int) -> None:
    """Rounds |x| (finite) ties-to-even to a number of digits after the point (when
    keep_significant < 0) or of significant digits, from its exact expansion."""
    global digits_len, digits_point
    scratch_buffers()
    split_float(x)
    exponent_bits = split_exponent_bits
    mantissa = split_significand
    exponent = split_exponent
    if mantissa == 0:
        digits_len = 0
        digits_point = 0
        return
    n = dec_scaled(dec_value, mantissa, exponent)
    decimal_scale = 0
    if exponent < 0:
        decimal_scale = exponent
    point = n + decimal_scale
    keep = keep_significant
    if keep_significant < 0:
        keep = point + keep_after_point
    if keep < 0:
        digits_len = 0
        digits_point = point
        return
    if keep >= n:
        export_all(dec_value, n, decimal_scale)
        return
    up = rounds_up(dec_value, n, keep)
    dec_truncate(dec_value, n, keep, dec_candidate)
    n_candidate = n
    if up:
        n_candidate = dec_round_up(dec_candidate, n, n - keep)
    # Only the kept digits (one more after a carry) are not zero: the rest need not be written.
    digits_len = keep + n_candidate - n
    write_limb_digits(dec_candidate, n_candidate, digits_len)
    digits_point = n_candidate + decimal_scale


def export_all(buffer: int, n: int, scale: int) -> None:
    """Sets digits to all n digits of buffer (the number times 10**scale)."""
    global digits_len, digits_point
    write_limb_digits(buffer, n, n)
    digits_len = n
    digits_point = n + scale

def str_to_float(s: str) -> float:
    """float(s): decimal literals, inf, infinity and nan, correctly rounded."""
    global input_digits
    scratch_buffers()
    if input_digits == 0:
        input_digits = alloc(INPUT_DIGITS_CAPACITY + 1)
    base = str_addr(s)
    i, end, negative = number_text(s)
    if matches_word(base + i, end - i, "inf") or matches_word(base + i, end - i, "infinity"):
        return -INF if negative else INF
    if matches_word(base + i, end - i, "nan"):
        return INF - INF
    n = 0
    point = 0
    sticky = False
    seen_digit = False
    seen_point = False
    previous_digit = False
    while i < end:
        c = load_u8(base + i)
        if c >= 48 and c <= 57:
            if n == 0 and c == 48:
                if seen_point:
                    point -= 1
            elif n < INPUT_DIGITS_CAPACITY:
                store_u8(input_digits + n, c)
                n += 1
                if not seen_point:
                    point += 1
            else:
                if c != 48:
                    sticky = True
                if not seen_point:
                    point += 1
            seen_digit = True
            previous_digit = True
        elif c == 95 and previous_digit and i + 1 < end and is_digit(load_u8(base + i + 1)):
            previous_digit = False
        elif c == 46 and not seen_point:
            seen_point = True
            previous_digit = False
        else:
            break
        i += 1
    if not seen_digit:
        bad_float_literal(s)
    if i < end and (load_u8(base + i) == 101 or load_u8(base + i) == 69):
        i += 1
        exponent_negative = False
        if i < end and (load_u8(base + i) == 43 or load_u8(base + i) == 45):
            exponent_negative = load_u8(base + i) == 45
            i += 1
        exponent = 0
        exponent_digits = 0
        previous_digit = False
        while i < end:
            c = load_u8(base + i)
            if is_digit(c):
                if exponent < 100000:
                    exponent = exponent * 10 + c - 48
                exponent_digits += 1
                previous_digit = True
            elif c == 95 and previous_digit and i + 1 < end and is_digit(load_u8(base + i + 1)):
                previous_digit = False
            else:
                break
            i += 1
        if exponent_digits == 0:
            bad_float_literal(s)
        if exponent_negative:
            exponent = -exponent
        point += exponent
    if i != end:
        bad_float_literal(s)
    if sticky:
        store_u8(input_digits + n, 49)
        n += 1
    value = 0.0
    if n > 0:
        value = decimal_to_float(input_digits, n, point)
    if negative:
        return -value
    return value


INPUT_DIGITS_CAPACITY = 800
input_digits = 0


def is_digit(c: int) -> bool:
    return c >= 48 and c <= 57


def matches_word(addr: int, size: int, word: str) -> bool:
    """Whether the bytes at addr are `word`, ignoring ASCII case."""
    if size != str_size(word):
        return False
    i = 0
    while i < size:
        if load_u8(addr + i) | 32 != load_u8(str_addr(word) + i):
            return False
        i += 1
    return True


def bad_float_literal(s: str) -> None:
    raise_(str_concat("ValueError: could not convert string to float: ", str_repr(s)))


def decimal_to_float(buffer: int, n: int, point: int) -> float:
    """The double nearest to 0.DIGITS * 10**point (ASCII digits, the first non-zero), ties to
    even: a close guess, corrected by exact comparison with its neighbours' midpoints."""
    if point > 310:
        return INF
    if point < -330:
        return 0.0
    leading = n
    if leading > 17:
        leading = 17
    mantissa = 0
    i = 0
    while i < leading:
        mantissa = mantissa * 10 + load_u8(buffer + i) - 48
        i += 1
    scale = point - leading
    guess = float(mantissa)
    if n <= 15 and scale >= -22 and scale <= 22:
        # Both the digits and the power of ten are exact: one rounding (Clinger's fast path).
        if scale >= 0:
            return guess * power_of_ten(scale)
        return guess / power_of_ten(-scale)
    while scale >= 22:
        guess = guess * 1e22
        scale -= 22
    if scale > 0:
        guess = guess * power_of_ten(scale)
    while scale <= -22:
        guess = guess / 1e22
        scale += 22
    if scale < 0:
        guess = guess / power_of_ten(-scale)
    if guess == INF:
        guess = 1.7976931348623157e308
    while True:
        bits = f64_bits(guess)
        split_float(guess)
        exponent_bits = split_exponent_bits
        significand = split_significand
        exponent = split_exponent
        n_high = dec_scaled(dec_high, 2 * significand + 1, exponent - 1)
        above = compare_decimal(buffer, n, point, dec_high, n_high, min(exponent - 1, 0))
        if above > 0 or (above == 0 and significand % 2 == 1):
            if bits == 9218868437227405311:
                return INF
            guess = bits_f64(bits + 1)
            continue
        if significand == 0:
            return guess
        n_low = 0
        low_scale = 0
        if significand == 4503599627370496 and exponent_bits > 1:
            n_low = dec_scaled(dec_low, 4 * significand - 1, exponent - 2)
            low_scale = min(exponent - 2, 0)
        else:
            n_low = dec_scaled(dec_low, 2 * significand - 1, exponent - 1)
            low_scale = min(exponent - 1, 0)
        below = compare_decimal(buffer, n, point, dec_low, n_low, low_scale)
        if below < 0 or (below == 0 and significand % 2 == 1):
            guess = bits_f64(bits - 1)
            continue
        return guess


def power_of_ten(k: int) -> float:
    """10.0 ** k for 0 <= k <= 22, exactly."""
    result = 1.0
    while k > 0:
        result = result * 10.0
        k -= 1
    return result


def compare_decimal(buffer: int, n: int, point: int, big: int, n_big: int, scale: int) -> int:
    """-1, 0 or 1 comparing 0.DIGITS * 10**point with the decimal big number times 10**scale."""
    big_point = n_big + scale
    if point != big_point:
        return -1 if point < big_point else 1
    i = 0
    while i < n or i < n_big:
        a = 0
        if i < n:
            a = load_u8(buffer + i) - 48
        b = 0
        if i < n_big:
            b = dec_digit(big, n_big - 1 - i)
        if a != b:
            return -1 if a < b else 1
        i += 1
    return 0


def float_round_digits(x: float, ndigits: int) -> float:
    """round(x, ndigits): the exact value rounded half-even to ndigits decimals."""
    if x != x or x == INF or x == -INF or x == 0.0:
        return x
    if ndigits > 323:
        return x
    if ndigits < -308:
        return 0.0 * x
    magnitude = x
    if x < 0.0:
        magnitude = -x
    exact_digits(magnitude, ndigits, -1)
    value = 0.0
    if digits_len > 0:
        value = decimal_to_float(digits, digits_len, digits_point)
    if value == INF:
        raise_("OverflowError: rounded value too large to represent")
    if x < 0.0:
        return -value
    return value


def float_pow(x: float, y: float) -> float:
    """x ** y for floats: correctly rounded through double-double log and exp, as libm's pow
    is in all but rare cases."""
    return power(x, y, False)


def math_pow(x: float, y: float) -> float:
    """math.pow: x ** y with math's ValueError and OverflowError messages."""
    return power(x, y, True)


def power(x: float, y: float, math_errors: bool) -> float:
    if y == 0.0 or x == 1.0:
        return 1.0
    if x != x or y != y:
        return x + y
    if y == INF or y == -INF:
        magnitude = x
        if x < 0.0:
            magnitude = -x
        if magnitude == 1.0:
            return 1.0
        if (magnitude > 1.0) == (y > 0.0):
            return INF
        return 0.0
    y_is_integer = floor_f64(y) == y
    y_is_odd = y_is_integer and fmod(y, 2.0) != 0.0
    if x == 0.0:
        if y < 0.0:
            if math_errors:
                raise_("ValueError: math domain error")
            raise_("ZeroDivisionError: 0.0 cannot be raised to a negative power")
        if y_is_odd:
            return x
        return 0.0
    if x == INF or x == -INF:
        negative = x < 0.0 and y_is_odd
        if y > 0.0:
            return -INF if negative else INF
        return -0.0 if negative else 0.0
    negate = False
    if x < 0.0:
        if not y_is_integer:
            if math_errors:
                raise_("ValueError: math domain error")
            raise_("NotImplementedError: a negative number to a fractional power is complex, and krait has no complex numbers yet")
        negate = y_is_odd
        x = -x
    result = 0.0
    if y == 1.0:
        result = x
    elif y == 2.0:
        result = x * x
    elif y == -1.0:
        result = 1.0 / x
    elif y == 0.5:
        result = sqrt_f64(x)
    else:
        log_high = log_dd(x)
        log_low = dd_lo
        z_high = dd_mul(log_high, log_low, y, 0.0)
        result = exp_dd(z_high, dd_lo)
    if result == INF:
        if math_errors:
            raise_("OverflowError: math range error")
        raise_("OverflowError: (34, 'Numerical result out of range')")
    if negate:
        return -result
    return result


# Double-double arithmetic: a value is high + low with |low| <= ulp(high) / 2. Functions
# return the high part and leave the low part here.
dd_lo = 0.0
LN2_HIGH = 0.6931471805599453
LN2_LOW = 2.3190468138462996e-17
# Series coefficients as double-doubles.
THIRD_HIGH = 0.3333333333333333
THIRD_LOW = 1.850371707708594e-17
FIFTH_HIGH = 0.2
FIFTH_LOW = -1.1102230246251566e-17
SEVENTH_HIGH = 0.14285714285714285
SEVENTH_LOW = 7.93016446160826e-18
INV_FACT_3_HIGH = 0.16666666666666666
INV_FACT_3_LOW = 9.25185853854297e-18
INV_FACT_4_HIGH = 0.041666666666666664
INV_FACT_4_LOW = 2.3129646346357427e-18
INV_FACT_5_HIGH = 0.008333333333333333
INV_FACT_5_LOW = 1.1564823173178714e-19
INV_FACT_6_HIGH = 0.001388888888888889
INV_FACT_6_LOW = -5.300543954373577e-20
INV_FACT_7_HIGH = 0.0001984126984126984
INV_FACT_7_LOW = 1.7209558293420705e-22
INV_FACT_8_HIGH = 2.48015873015873e-05
INV_FACT_8_LOW = 2.1511947866775882e-23
INV_FACT_9_HIGH = 2.7557319223985893e-06
INV_FACT_9_LOW = -1.858393274046472e-22


def two_sum(a: float, b: float) -> float:
    global dd_lo
    s = a + b
    v = s - a
    dd_lo = (a - (s - v)) + (b - v)
    return s


def quick_two_sum(a: float, b: float) -> float:
    global dd_lo
    s = a + b
    dd_lo = b - (s - a)
    return s


def split_high(a: float) -> float:
    c = 134217729.0 * a
    return c - (c - a)


def two_prod(a: float, b: float) -> float:
    global dd_lo
    p = a * b
    a_high = split_high(a)
    a_low = a - a_high
    b_high = split_high(b)
    b_low = b - b_high
    dd_lo = ((a_high * b_high - p) + a_high * b_low + a_low * b_high) + a_low * b_low
    return p


def dd_add(a_high: float, a_low: float, b_high: float, b_low: float) -> float:
    s = two_sum(a_high, b_high)
    e = dd_lo + a_low + b_low
    return quick_two_sum(s, e)


def dd_mul(a_high: float, a_low: float, b_high: float, b_low: float) -> float:
    p = two_prod(a_high, b_high)
    e = dd_lo + (a_high * b_low + a_low * b_high)
    return quick_two_sum(p, e)


def dd_div(a_high: float, a_low: float, b_high: float, b_low: float) -> float:
    q1 = a_high / b_high
    p = dd_mul(b_high, b_low, q1, 0.0)
    r = dd_add(a_high, a_low, -p, -dd_lo)
    r_low = dd_lo
    q2 = r / b_high
    p = dd_mul(b_high, b_low, q2, 0.0)
    r = dd_add(r, r_low, -p, -dd_lo)
    q3 = r / b_high
    q = quick_two_sum(q1, q2)
    return dd_add(q, dd_lo, q3, 0.0)


def log_dd(x: float) -> float:
    """The natural logarithm of a positive finite x, as a double-double."""
    scale = 0
    if x < 2.2250738585072014e-308:
        x = x * 18014398509481984.0
        scale = -54
    bits = f64_bits(x)
    k = shr_u(bits, 52) - 1023 + scale
    m = bits_f64((bits & 4503599627370495) + 4607182418800017408)
    if m > 1.4142135623730951:
        m = m / 2.0
        k += 1
    # log(m) = 2 atanh(s) = 2s (1 + s2/3 + s2**2/5 + ...) with s = (m - 1) / (m + 1),
    # s2 = s**2 < 0.0296: the terms from s2**4 on (below 1e-7) in doubles, the others in
    # double-doubles, which keeps the error below 2**-76 of the result.
    denominator = two_sum(m, 1.0)
    s = dd_div(m - 1.0, 0.0, denominator, dd_lo)
    s_low = dd_lo
    s2 = dd_mul(s, s_low, s, s_low)
    s2_low = dd_lo
    tail = 1.0 / 35.0
    i = 16
    while i >= 4:
        tail = 1.0 / float(2 * i + 1) + s2 * tail
        i -= 1
    term = dd_mul(s2, s2_low, tail, 0.0)
    term = dd_add(SEVENTH_HIGH, SEVENTH_LOW, term, dd_lo)
    term = dd_mul(s2, s2_low, term, dd_lo)
    term = dd_add(FIFTH_HIGH, FIFTH_LOW, term, dd_lo)
    term = dd_mul(s2, s2_low, term, dd_lo)
    term = dd_add(THIRD_HIGH, THIRD_LOW, term, dd_lo)
    term = dd_mul(s2, s2_low, term, dd_lo)
    term = dd_add(1.0, 0.0, term, dd_lo)
    term_low = dd_lo
    series = dd_mul(term, term_low, 2.0 * s, 2.0 * s_low)
    series_low = dd_lo
    k_ln2 = dd_mul(float(k), 0.0, LN2_HIGH, LN2_LOW)
    return dd_add(k_ln2, dd_lo, series, series_low)


def exp_dd(z_high: float, z_low: float) -> float:
    """exp of a double-double, rounded once to the nearest double."""
    if z_high > 710.0:
        return INF
    if z_high < -746.0:
        return 0.0
    k = floor_f64(z_high / LN2_HIGH + 0.5)
    p = dd_mul(k, 0.0, LN2_HIGH, LN2_LOW)
    r = dd_add(z_high, z_low, -p, -dd_lo)
    r_low = dd_lo / 32.0
    r = r / 32.0
    # expm1(r) for |r| < 0.011 by Taylor's series (the terms from r**5 on in doubles), then
    # (1 + e)**32 - 1 by five squarings of 1 + e.
    coefficient = 1.6059043836821613e-10
    tail = coefficient
    n = 13
    while n > 5:
        coefficient = coefficient * float(n)
        n -= 1
        tail = coefficient + r * tail
    e = dd_mul(r, r_low, tail, 0.0)
    e = dd_add(INV_FACT_4_HIGH, INV_FACT_4_LOW, e, dd_lo)
    e = dd_mul(r, r_low, e, dd_lo)
    e = dd_add(INV_FACT_3_HIGH, INV_FACT_3_LOW, e, dd_lo)
    e = dd_mul(r, r_low, e, dd_lo)
    e = dd_add(0.5, 0.0, e, dd_lo)
    e = dd_mul(r, r_low, e, dd_lo)
    e = dd_add(1.0, 0.0, e, dd_lo)
    e = dd_mul(r, r_low, e, dd_lo)
    e_low = dd_lo
    i = 0
    while i < 5:
        two_plus = dd_add(2.0, 0.0, e, e_low)
        e = dd_mul(e, e_low, two_plus, dd_lo)
        e_low = dd_lo
        i += 1
    high = dd_add(1.0, 0.0, e, e_low)
    low = dd_lo
    exponent = float_to_int(k)
    if exponent > 1024:
        return INF
    if exponent >= -1021:
        # 2**exponent scales exactly (doubled first: high * 2**-1022 alone may be subnormal,
        # and rounded twice); high is already the nearest double to high + low.
        return high * 2.0 * power_of_two(exponent - 1)
    # A subnormal result: round once on the subnormal grid of 2**-1074.
    shift = exponent + 1074
    if shift < -2:
        # Below a quarter of the smallest subnormal (high < 2 after the reduction).
        return 0.0
    scaled = high * power_of_two(shift)
    scaled_low = low * power_of_two(shift)
    whole = floor_f64(scaled)
    fraction = (scaled - whole) + scaled_low
    if fraction > 0.5 or (fraction == 0.5 and fmod(whole, 2.0) == 1.0):
        whole += 1.0
    return whole * 5e-324


def factorial(n: int) -> float:
    result = 1.0
    while n > 1:
        result = result * n
        n -= 1
    return result


def power_of_two(n: int) -> float:
    """2.0 ** n for -1022 <= n <= 1023."""
    return bits_f64((n + 1023) * 4503599627370496)


# The float functions of `math` (`krait_hir::MathFn`): correctly rounded through the
# double-double functions above. CPython calls the platform's libm, which is correctly rounded
# in all but rare cases, where the last digit then differs.
PIO2_1 = 1.5707963267948966
PIO2_2 = 6.123233995736766e-17
PIO2_3 = -1.4973849048591698e-33
PIO2_4 = 5.562271104316826e-50
PI_HIGH = 3.141592653589793
PI_LOW = 1.2246467991473532e-16
LN10_HIGH = 2.302585092994046
LN10_LOW = -2.1707562233822494e-16
# 2**28 * pi / 2: below it, reducing by pi/2 in four parts keeps enough digits; above it,
# trig_reduce_large takes the bits of 2/pi that matter.
TRIG_REDUCIBLE = 421657428.2663131
# The quadrant trig_reduce leaves: how many times pi/2 it took away, modulo 4.
trig_quadrant = 0


def math_exp(x: float) -> float:
    if x != x:
        return x
    result = exp_dd(x, 0.0)
    if result == INF and x != INF:
        raise_("OverflowError: math range error")
    return result


def log_domain(x: float) -> None:
    """CPython's ValueError for the logarithm of zero, a negative number or -inf."""
    if x <= 0.0:
        raise_("ValueError: math domain error")


def math_log(x: float) -> float:
    if x != x or x == INF:
        return x
    log_domain(x)
    return log_dd(x)


def math_log_base(x: float, base: float) -> float:
    """log(x) / log(base), each rounded first, as CPython divides them."""
    numerator = math_log(x)
    denominator = math_log(base)
    if denominator == 0.0:
        raise_("ZeroDivisionError: float division by zero")
    return numerator / denominator


def math_log2(x: float) -> float:
    if x != x or x == INF:
        return x
    log_domain(x)
    high = log_dd(x)
    return dd_div(high, dd_lo, LN2_HIGH, LN2_LOW)


def math_log10(x: float) -> float:
    if x != x or x == INF:
        return x
    log_domain(x)
    high = log_dd(x)
    return dd_div(high, dd_lo, LN10_HIGH, LN10_LOW)


def dd_div_small(a_high: float, a_low: float, d: float) -> float:
    """A double-double divided by a double (a small integer, say)."""
    q1 = a_high / d
    p = two_prod(q1, d)
    r = ((a_high - p) - dd_lo + a_low) / d
    return quick_two_sum(q1, r)


def dd_sqrt(a_high: float, a_low: float) -> float:
    global dd_lo
    if a_high == 0.0:
        dd_lo = 0.0
        return 0.0
    root = sqrt_f64(a_high)
    p = two_prod(root, root)
    correction = ((a_high - p) - dd_lo + a_low) / (2.0 * root)
    return quick_two_sum(root, correction)


def trig_reduce(x: float) -> float:
    """x - k pi/2 for the nearest integer k to x / (pi/2), as a double-double; k modulo 4 is
    left in trig_quadrant."""
    global trig_quadrant, dd_lo
    if x > TRIG_REDUCIBLE:
        return trig_reduce_large(x)
    if x < -TRIG_REDUCIBLE:
        r = trig_reduce_large(-x)
        trig_quadrant = (4 - trig_quadrant) & 3
        dd_lo = -dd_lo
        return -r
    k = floor_f64(x * 0.6366197723675814 + 0.5)
    trig_quadrant = float_to_int(k) & 3
    if k == 0.0:
        dd_lo = 0.0
        return x
    p = two_prod(k, PIO2_1)
    r = dd_add(x, 0.0, -p, -dd_lo)
    r_low = dd_lo
    p = two_prod(k, PIO2_2)
    r = dd_add(r, r_low, -p, -dd_lo)
    r_low = dd_lo
    p = two_prod(k, PIO2_3)
    r = dd_add(r, r_low, -p, -dd_lo)
    return dd_add(r, dd_lo, -(k * PIO2_4), 0.0)


def two_over_pi_bits(j: int) -> int:
    """The j-th 24 bits after the point of 2/pi (the first 56 chunks)."""
    if j == 0:
        return 10680707
    if j == 1:
        return 7228996
    if j == 2:
        return 1387004
    if j == 3:
        return 2578385
    if j == 4:
        return 16069853
    if j == 5:
        return 12639074
    if j == 6:
        return 9804092
    if j == 7:
        return 4427841
    if j == 8:
        return 16666979
    if j == 9:
        return 11263675
    if j == 10:
        return 12935607
    if j == 11:
        return 2387514
    if j == 12:
        return 4345298
    if j == 13:
        return 14681673
    if j == 14:
        return 3074569
    if j == 15:
        return 13734428
    if j == 16:
        return 16653803
    if j == 17:
        return 1880361
    if j == 18:
        return 10960616
    if j == 19:
        return 8533493
    if j == 20:
        return 3062596
    if j == 21:
        return 8710556
    if j == 22:
        return 7349940
    if j == 23:
        return 6258241
    if j == 24:
        return 3772886
    if j == 25:
        return 3769171
    if j == 26:
        return 3798172
    if j == 27:
        return 8675211
    if j == 28:
        return 12450088
    if j == 29:
        return 3874808
    if j == 30:
        return 9961438
    if j == 31:
        return 366607
    if j == 32:
        return 15675153
    if j == 33:
        return 9132554
    if j == 34:
        return 7151469
    if j == 35:
        return 3571407
    if j == 36:
        return 2607881
    if j == 37:
        return 12013382
    if j == 38:
        return 4155038
    if j == 39:
        return 6285869
    if j == 40:
        return 7677882
    if j == 41:
        return 13102053
    if j == 42:
        return 15825725
    if j == 43:
        return 473591
    if j == 44:
        return 9065106
    if j == 45:
        return 15363067
    if j == 46:
        return 6271263
    if j == 47:
        return 9264392
    if j == 48:
        return 5636912
    if j == 49:
        return 4652155
    if j == 50:
        return 7056368
    if j == 51:
        return 13614112
    if j == 52:
        return 10155062
    if j == 53:
        return 1944035
    if j == 54:
        return 9527646
    return 15080200


def trig_reduce_large(x: float) -> float:
    """trig_reduce for x >= TRIG_REDUCIBLE (finite), by Payne and Hanek's method: x (a 53-bit
    integer m times 2**e) times the bits of 2/pi that matter modulo 4, each product reduced
    modulo 4 exactly in integers, summed as a double-double."""
    global trig_quadrant
    bits = f64_bits(x)
    e = shr_u(bits, 52) - 1075
    m = (bits & 4503599627370495) + 4503599627370496
    m_high = shr_u(m, 26)
    m_low = m & 67108863
    first = 0
    if e >= 2:
        first = (e - 2) // 24
    total = 0.0
    total_low = 0.0
    j = first
    while j < first + 8:
        chunk = two_over_pi_bits(j)
        scale = e - 24 * (j + 1)
        total = dd_add(total, total_low, mod4_term(m_high * chunk, scale + 26), 0.0)
        total_low = dd_lo
        total = dd_add(total, total_low, mod4_term(m_low * chunk, scale), 0.0)
        total_low = dd_lo
        j += 1
    nearest = floor_f64(total + 0.5)
    fraction = two_sum(total - nearest, total_low)
    trig_quadrant = float_to_int(nearest) & 3
    return dd_mul(fraction, dd_lo, PIO2_1, PIO2_2)


def mod4_term(product: int, scale: int) -> float:
    """product * 2**scale modulo 4, exactly (0 <= product < 2**51)."""
    if scale >= 2:
        return 0.0
    if scale > -52:
        product = product & ((1 << (2 - scale)) - 1)
    if scale < -1000:
        return 0.0
    return float(product) * pow2(scale)


def sin_dd(r: float, r_low: float) -> float:
    """sin of a double-double |r| <= pi/4: Taylor's series to r**29, the terms from r**11 on
    (below 3e-9 of the result) in doubles."""
    r2 = dd_mul(r, r_low, r, r_low)
    r2_low = dd_lo
    coefficient = 1.1309962886447716e-31
    tail = coefficient
    n = 29
    while n > 11:
        coefficient = coefficient * float(n * (n - 1))
        n -= 2
        tail = coefficient - r2 * tail
    p = dd_mul(r2, r2_low, -tail, 0.0)
    p = dd_add(INV_FACT_9_HIGH, INV_FACT_9_LOW, p, dd_lo)
    p = dd_mul(r2, r2_low, p, dd_lo)
    p = dd_add(-INV_FACT_7_HIGH, -INV_FACT_7_LOW, p, dd_lo)
    p = dd_mul(r2, r2_low, p, dd_lo)
    p = dd_add(INV_FACT_5_HIGH, INV_FACT_5_LOW, p, dd_lo)
    p = dd_mul(r2, r2_low, p, dd_lo)
    p = dd_add(-INV_FACT_3_HIGH, -INV_FACT_3_LOW, p, dd_lo)
    p_low = dd_lo
    r3 = dd_mul(r2, r2_low, r, r_low)
    p = dd_mul(r3, dd_lo, p, p_low)
    return dd_add(r, r_low, p, dd_lo)


def cos_dd(r: float, r_low: float) -> float:
    """cos of a double-double |r| <= pi/4: Taylor's series to r**28, the terms from r**10 on
    (below 3e-8 of the result) in doubles."""
    r2 = dd_mul(r, r_low, r, r_low)
    r2_low = dd_lo
    coefficient = 3.279889237069838e-30
    tail = coefficient
    n = 28
    while n > 10:
        coefficient = coefficient * float(n * (n - 1))
        n -= 2
        tail = coefficient - r2 * tail
    p = dd_mul(r2, r2_low, tail, 0.0)
    p = dd_add(-INV_FACT_8_HIGH, -INV_FACT_8_LOW, p, dd_lo)
    p = dd_mul(r2, r2_low, p, dd_lo)
    p = dd_add(INV_FACT_6_HIGH, INV_FACT_6_LOW, p, dd_lo)
    p = dd_mul(r2, r2_low, p, dd_lo)
    p = dd_add(-INV_FACT_4_HIGH, -INV_FACT_4_LOW, p, dd_lo)
    p = dd_mul(r2, r2_low, p, dd_lo)
    p = dd_add(0.5, 0.0, p, dd_lo)
    p = dd_mul(r2, r2_low, p, dd_lo)
    return dd_add(1.0, 0.0, -p, -dd_lo)


def trig_domain(x: float) -> None:
    if x == INF or x == -INF:
        raise_("ValueError: math domain error")


def math_sin(x: float) -> float:
    if x != x or x == 0.0:
        return x
    trig_domain(x)
    r = trig_reduce(x)
    r_low = dd_lo
    quadrant = trig_quadrant
    if quadrant == 0:
        return sin_dd(r, r_low)
    if quadrant == 1:
        return cos_dd(r, r_low)
    if quadrant == 2:
        return -sin_dd(r, r_low)
    return -cos_dd(r, r_low)


def math_cos(x: float) -> float:
    if x != x:
        return x
    trig_domain(x)
    r = trig_reduce(x)
    r_low = dd_lo
    quadrant = trig_quadrant
    if quadrant == 0:
        return cos_dd(r, r_low)
    if quadrant == 1:
        return -sin_dd(r, r_low)
    if quadrant == 2:
        return -cos_dd(r, r_low)
    return sin_dd(r, r_low)


def math_tan(x: float) -> float:
    if x != x or x == 0.0:
        return x
    trig_domain(x)
    r = trig_reduce(x)
    r_low = dd_lo
    quadrant = trig_quadrant
    sine = sin_dd(r, r_low)
    sine_low = dd_lo
    cosine = cos_dd(r, r_low)
    cosine_low = dd_lo
    if quadrant == 0 or quadrant == 2:
        return dd_div(sine, sine_low, cosine, cosine_low)
    return -dd_div(cosine, cosine_low, sine, sine_low)


def atan_of_eighths(k: float) -> float:
    """atan(k / 8) for k = 1 ... 8, as a double-double."""
    global dd_lo
    if k == 1.0:
        dd_lo = -3.1253241424539383e-18
        return 0.12435499454676144
    if k == 2.0:
        dd_lo = 1.0698755618734451e-17
        return 0.24497866312686414
    if k == 3.0:
        dd_lo = -2.4623815582638635e-17
        return 0.35877067027057225
    if k == 4.0:
        dd_lo = 2.2698777452961687e-17
        return 0.4636476090008061
    if k == 5.0:
        dd_lo = -5.4556305485916264e-18
        return 0.5585993153435624
    if k == 6.0:
        dd_lo = 1.5834785051444286e-17
        return 0.6435011087932844
    if k == 7.0:
        dd_lo = -2.1478388444456983e-17
        return 0.7188299996216245
    dd_lo = 3.061616997868383e-17
    return 0.7853981633974483


def atan_dd(x: float, x_low: float) -> float:
    """atan of a non-negative double-double: atan(k/8) + atan(t) for the nearest eighth k/8
    and |t| <= 1/16, by Taylor's series to t**29 (above 1, pi/2 - atan(1/x))."""
    if x > 1.0:
        inverse = dd_div(1.0, 0.0, x, x_low)
        angle = atan_dd(inverse, dd_lo)
        return dd_add(PIO2_1, PIO2_2, -angle, -dd_lo)
    k = floor_f64(x * 8.0 + 0.5)
    t = x
    t_low = x_low
    base = 0.0
    base_low = 0.0
    if k > 0.0:
        c = k / 8.0
        numerator = dd_add(x, x_low, -c, 0.0)
        numerator_low = dd_lo
        product = dd_mul(x, x_low, c, 0.0)
        denominator = dd_add(1.0, 0.0, product, dd_lo)
        t = dd_div(numerator, numerator_low, denominator, dd_lo)
        t_low = dd_lo
        base = atan_of_eighths(k)
        base_low = dd_lo
    # atan(t) = t (1 - t2/3 + t2**2/5 - ...), t2 < 0.004: the terms from t2**4 on (below
    # 3e-11) in doubles.
    t2 = dd_mul(t, t_low, t, t_low)
    t2_low = dd_lo
    tail = 1.0 / 29.0
    n = 13
    while n >= 4:
        tail = 1.0 / float(2 * n + 1) - t2 * tail
        n -= 1
    series = dd_mul(t2, t2_low, tail, 0.0)
    series = dd_add(-SEVENTH_HIGH, -SEVENTH_LOW, series, dd_lo)
    series = dd_mul(t2, t2_low, series, dd_lo)
    series = dd_add(FIFTH_HIGH, FIFTH_LOW, series, dd_lo)
    series = dd_mul(t2, t2_low, series, dd_lo)
    series = dd_add(-THIRD_HIGH, -THIRD_LOW, series, dd_lo)
    series = dd_mul(t2, t2_low, series, dd_lo)
    series = dd_add(1.0, 0.0, series, dd_lo)
    series_low = dd_lo
    angle = dd_mul(t, t_low, series, series_low)
    return dd_add(base, base_low, angle, dd_lo)


def math_atan(x: float) -> float:
    if x != x or x == 0.0:
        return x
    if x == INF:
        return PIO2_1
    if x == -INF:
        return -PIO2_1
    if x < 0.0:
        return -atan_dd(-x, 0.0)
    return atan_dd(x, 0.0)


def math_asin(x: float) -> float:
    if x != x or x == 0.0:
        return x
    if x > 1.0 or x < -1.0:
        raise_("ValueError: math domain error")
    magnitude = x
    if x < 0.0:
        magnitude = -x
    angle = PIO2_1
    if magnitude < 1.0:
        # asin(a) = atan(a / sqrt((1 - a)(1 + a))).
        below = two_sum(1.0, -magnitude)
        below_low = dd_lo
        above = two_sum(1.0, magnitude)
        product = dd_mul(below, below_low, above, dd_lo)
        root = dd_sqrt(product, dd_lo)
        ratio = dd_div(magnitude, 0.0, root, dd_lo)
        angle = atan_dd(ratio, dd_lo)
    if x < 0.0:
        return -angle
    return angle


def math_acos(x: float) -> float:
    if x != x:
        return x
    if x > 1.0 or x < -1.0:
        raise_("ValueError: math domain error")
    if x == -1.0:
        return PI_HIGH
    # acos(x) = 2 atan(sqrt((1 - x) / (1 + x))).
    below = two_sum(1.0, -x)
    below_low = dd_lo
    above = two_sum(1.0, x)
    ratio = dd_div(below, below_low, above, dd_lo)
    root = dd_sqrt(ratio, dd_lo)
    return 2.0 * atan_dd(root, dd_lo)


def math_atan2(y: float, x: float) -> float:
    """CPython's special cases (m_atan2), then the angle of (x, y) correctly rounded."""
    if x != x or y != y:
        return x + y
    if y == INF or y == -INF:
        angle = PIO2_1
        if x == INF:
            angle = 0.7853981633974483
        elif x == -INF:
            angle = 2.356194490192345
        return math_copysign(angle, y)
    if x == INF or x == -INF or y == 0.0:
        if math_copysign(1.0, x) == 1.0:
            return math_copysign(0.0, y)
        return math_copysign(PI_HIGH, y)
    if x == 0.0:
        return math_copysign(PIO2_1, y)
    a = y
    if y < 0.0:
        a = -y
    b = x
    if x < 0.0:
        b = -x
    # Scaled alike, so that the double-double arithmetic neither overflows nor underflows.
    if a > 1e300 or b > 1e300:
        a = a * 2.409919865102884e-181
        b = b * 2.409919865102884e-181
    elif a < 1e-300 or b < 1e-300:
        a = a * 4.149515568880993e180
        b = b * 4.149515568880993e180
    angle = 0.0
    angle_low = 0.0
    if a > b:
        ratio = dd_div(b, 0.0, a, 0.0)
        angle = atan_dd(ratio, dd_lo)
        angle = dd_add(PIO2_1, PIO2_2, -angle, -dd_lo)
        angle_low = dd_lo
    else:
        ratio = dd_div(a, 0.0, b, 0.0)
        angle = atan_dd(ratio, dd_lo)
        angle_low = dd_lo
    if x < 0.0:
        angle = dd_add(PI_HIGH, PI_LOW, -angle, -angle_low)
    if y < 0.0:
        return -angle
    return angle


def math_hypot(x: float, y: float) -> float:
    """CPython's vector_norm of two coordinates: exact squares summed with compensation, a
    square root, then one differential correction."""
    if x < 0.0:
        x = -x
    if y < 0.0:
        y = -y
    largest = x
    if y > x or y != y:
        largest = y
    if x == INF or y == INF:
        return INF
    if x != x or y != y:
        return x + y
    if largest == 0.0:
        return largest
    if largest < 2.2250738585072014e-308:
        # Subnormal coordinates become normal ones first, as CPython's do.
        return 2.2250738585072014e-308 * math_hypot(
            x / 2.2250738585072014e-308, y / 2.2250738585072014e-308
        )
    exponent = shr_u(f64_bits(largest), 52) - 1022
    scale = pow2(0 - exponent)
    csum = 1.0
    frac1 = 0.0
    frac2 = 0.0
    for coordinate in (x, y):
        scaled = coordinate * scale
        square = two_prod(scaled, scaled)
        frac1 += dd_lo
        csum = quick_two_sum(csum, square)
        frac2 += dd_lo
    h = sqrt_f64(csum - 1.0 + (frac1 + frac2))
    square = two_prod(-h, h)
    frac1 += dd_lo
    csum = quick_two_sum(csum, square)
    frac2 += dd_lo
    correction = csum - 1.0 + (frac1 + frac2)
    h += correction / (2.0 * h)
    return h / scale


def pow2(n: int) -> float:
    """2.0 ** n for -1074 <= n <= 1023."""
    if n < -1022:
        return power_of_two(n + 64) * 5.421010862427522e-20
    return power_of_two(n)


def math_degrees(x: float) -> float:
    return x * 57.29577951308232


def math_radians(x: float) -> float:
    return x * 0.017453292519943295


def math_copysign(x: float, y: float) -> float:
    magnitude = f64_bits(x) & 9223372036854775807
    return bits_f64(magnitude | (f64_bits(y) & INT_MIN))


def math_fmod(x: float, y: float) -> float:
    if (y == INF or y == -INF) and x == x and x != INF and x != -INF:
        return x
    if x != x or y != y:
        return x + y
    if y == 0.0 or x == INF or x == -INF:
        raise_("ValueError: math domain error")
    return fmod(x, y)


def math_isclose(a: float, b: float, rel_tol: float, abs_tol: float) -> bool:
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise_("ValueError: tolerances must be non-negative")
    if a == b:
        return True
    if a == INF or a == -INF or b == INF or b == -INF:
        return False
    diff = magnitude(b - a)
    return diff <= magnitude(rel_tol * b) or diff <= magnitude(rel_tol * a) or diff <= abs_tol


def magnitude(x: float) -> float:
    if x < 0.0:
        return -x
    return x


def math_isnan(x: float) -> bool:
    return x != x


def math_isinf(x: float) -> bool:
    return x == INF or x == -INF


def math_isfinite(x: float) -> bool:
    return x == x and x != INF and x != -INF


def float_floordiv(x: float, y: float) -> float:
    """x // y for floats, as CPython computes it from fmod."""
    if y == 0.0:
        raise_("ZeroDivisionError: float floor division by zero")
    mod = fmod(x, y)
    div = (x - mod) / y
    if mod != 0.0:
        if (y < 0.0) != (mod < 0.0):
            div -= 1.0
    if div != 0.0:
        floored = floor_f64(div)
        if div - floored > 0.5:
            floored += 1.0
        return floored
    if f64_bits(x / y) < 0:
        return -0.0
    return 0.0


def float_mod(x: float, y: float) -> float:
    """x % y for floats: the result takes the sign of y."""
    if y == 0.0:
        raise_("ZeroDivisionError: float modulo")
    mod = fmod(x, y)
    if mod != 0.0:
        if (y < 0.0) != (mod < 0.0):
            mod += y
        return mod
    if y < 0.0:
        return -0.0
    return 0.0


def fmod(x: float, y: float) -> float:
    """C's fmod: the exact remainder of x / y truncated, with the sign of x (as musl's)."""
    if x != x or y != y or x == INF or x == -INF:
        return (x - x) * y
    if y == INF or y == -INF:
        return x
    bits_x = f64_bits(x)
    negative = bits_x < 0
    magnitude_x = bits_x & 9223372036854775807
    magnitude_y = f64_bits(y) & 9223372036854775807
    if magnitude_x <= magnitude_y:
        if magnitude_x == magnitude_y:
            return 0.0 * x
        return x
    exponent_x = shr_u(magnitude_x, 52)
    exponent_y = shr_u(magnitude_y, 52)
    mantissa_x = magnitude_x & 4503599627370495
    mantissa_y = magnitude_y & 4503599627370495
    if exponent_x == 0:
        exponent_x = 1
        while mantissa_x < 4503599627370496:
            mantissa_x = mantissa_x * 2
            exponent_x -= 1
    else:
        mantissa_x += 4503599627370496
    if exponent_y == 0:
        exponent_y = 1
        while mantissa_y < 4503599627370496:
            mantissa_y = mantissa_y * 2
            exponent_y -= 1
    else:
        mantissa_y += 4503599627370496
    while exponent_x > exponent_y:
        difference = mantissa_x - mantissa_y
        if difference >= 0:
            if difference == 0:
                return 0.0 * x
            mantissa_x = difference
        mantissa_x = mantissa_x * 2
        exponent_x -= 1
    difference = mantissa_x - mantissa_y
    if difference >= 0:
        if difference == 0:
            return 0.0 * x
        mantissa_x = difference
    while mantissa_x < 4503599627370496:
        mantissa_x = mantissa_x * 2
        exponent_x -= 1
    result_bits = 0
    if exponent_x > 0:
        result_bits = mantissa_x - 4503599627370496 + exponent_x * 4503599627370496
    else:
        result_bits = shr_u(mantissa_x, 1 - exponent_x)
    result = bits_f64(result_bits)
    if negative:
        return -result
    return result


def float_to_int(x: float) -> int:
    if x != x:
        raise_("ValueError: cannot convert float NaN to integer")
    if x == 1e400 or x == -1e400:
        raise_("OverflowError: cannot convert float infinity to integer")
    if x >= 9223372036854775807.0 or x < -9223372036854775808.0:
        raise_("OverflowError: integer result does not fit in 64 bits (big ints are not supported yet)")
    return trunc_f64(x)


def float_round(x: float) -> int:
    """round(x): to the nearest int, ties to even."""
    if x != x:
        raise_("ValueError: cannot convert float NaN to integer")
    if x == 1e400 or x == -1e400:
        raise_("OverflowError: cannot convert float infinity to integer")
    whole = float_to_int(x)
    rest = x - whole
    if rest > 0.5 or (rest == 0.5 and whole % 2 == 1):
        return whole + 1
    if rest < -0.5 or (rest == -0.5 and whole % 2 == 1):
        return whole - 1
    return whole


def int_round(n: int, ndigits: int) -> int:
    """round(n, ndigits) for ints: rounds to a multiple of 10**-ndigits, ties to even."""
    if ndigits >= 0:
        return n
    if ndigits < -18:
        return 0
    unit = int_pow(10, -ndigits)
    remainder = n % unit
    base = n - remainder
    if remainder * 2 > unit or (remainder * 2 == unit and (base // unit) % 2 == 1):
        return base + unit
    return base


def int_pow(base: int, exponent: int) -> int:
    if exponent < 0:
        raise_("NotImplementedError: int ** negative int gives a float, which krait cannot compute here yet")
    result = 1
    while exponent > 0:
        if exponent % 2 == 1:
            result = result * base
        exponent = exponent // 2
        if exponent > 0:
            base = base * base
    return result


def int_pow_negative(base: int, exponent: int) -> float:
    """int ** negative int: a float power, as CPython computes it."""
    return float_pow(float(base), float(exponent))


def int_pow_mod(base: int, exponent: int, modulus: int) -> int:
    if modulus == 0:
        raise_("ValueError: pow() 3rd argument cannot be 0")
    if exponent < 0:
        raise_("NotImplementedError: pow() with a negative exponent and a modulus is not supported yet")
    if modulus > 3037000499 or modulus < -3037000499:
        raise_("NotImplementedError: pow() with a modulus beyond 32 bits is not supported yet")
    result = 1 % modulus
    base = base % modulus
    while exponent > 0:
        if exponent % 2 == 1:
            result = result * base % modulus
        base = base * base % modulus
        exponent = exponent // 2
    return result


def number_text(s: str):
    """Where a number's text starts and ends in s, past surrounding whitespace and an optional
    sign, and whether the sign is minus."""
    base = str_addr(s)
    i = 0
    end = str_size(s)
    while i < end and is_space(load_u8(base + i)):
        i += 1
    while end > i and is_space(load_u8(base + end - 1)):
        end -= 1
    negative = False
    if i < end and (load_u8(base + i) == 43 or load_u8(base + i) == 45):
        negative = load_u8(base + i) == 45
        i += 1
    return i, end, negative


def str_to_int(s: str) -> int:
    """int(s): optional whitespace and sign, decimal digits with single underscores."""
    base = str_addr(s)
    i, end, negative = number_text(s)
    if i >= end:
        bad_int_literal(s)
    result = 0
    previous_underscore = True
    while i < end:
        c = load_u8(base + i)
        if c == 95 and not previous_underscore:
            previous_underscore = True
        elif c >= 48 and c <= 57:
            result = result * 10 - (c - 48)
            previous_underscore = False
        else:
            bad_int_literal(s)
        i += 1
    if previous_underscore:
        bad_int_literal(s)
    if negative:
        return result
    return -result


def str_to_int_base(s: str, radix: int) -> int:
    """int(s, base): digits and letters below the base, single underscores between them, and a
    prefix (0x, 0o, 0b) that matches the base or, for base 0, chooses it (else decimal without
    leading zeros)."""
    if radix != 0 and (radix < 2 or radix > 36):
        raise_("ValueError: int() base must be >= 2 and <= 36, or 0")
    base = str_addr(s)
    i, end, negative = number_text(s)
    given = radix
    previous_underscore = True
    if end - i >= 2 and load_u8(base + i) == 48:
        letter = load_u8(base + i + 1) | 32
        prefix = 0
        if letter == 120:
            prefix = 16
        elif letter == 111:
            prefix = 8
        elif letter == 98:
            prefix = 2
        if prefix != 0 and (radix == 0 or radix == prefix):
            radix = prefix
            i += 2
            previous_underscore = False
    leading_zero = False
    if radix == 0:
        radix = 10
        leading_zero = i < end and load_u8(base + i) == 48
    result = 0
    digits = 0
    while i < end:
        c = load_u8(base + i)
        if c == 95 and not previous_underscore:
            previous_underscore = True
        else:
            digit = 99
            if c >= 48 and c <= 57:
                digit = c - 48
            elif c >= 97 and c <= 122:
                digit = c - 87
            elif c >= 65 and c <= 90:
                digit = c - 55
            if digit >= radix:
                bad_int_literal_base(s, given)
            result = result * radix - digit
            previous_underscore = False
            digits += 1
        i += 1
    if previous_underscore or digits == 0 or (leading_zero and result != 0):
        bad_int_literal_base(s, given)
    if negative:
        return result
    return -result


def math_factorial(n: int) -> int:
    if n < 0:
        raise_("ValueError: factorial() not defined for negative values")
    result = 1
    i = 2
    while i <= n:
        result = result * i
        i += 1
    return result


def math_comb(n: int, k: int) -> int:
    """The number of ways to choose k of n: each partial product is itself a binomial
    coefficient, so the division is exact."""
    if n < 0:
        raise_("ValueError: n must be a non-negative integer")
    if k < 0:
        raise_("ValueError: k must be a non-negative integer")
    if k > n:
        return 0
    if k > n - k:
        k = n - k
    result = 1
    i = 0
    while i < k:
        result = result * (n - i) // (i + 1)
        i += 1
    return result


def bad_int_literal(s: str) -> None:
    raise_(str_concat("ValueError: invalid literal for int() with base 10: ", str_repr(s)))


def bad_int_literal_base(s: str, radix: int) -> None:
    message = str_concat("ValueError: invalid literal for int() with base ", int_str(radix))
    raise_(str_concat(str_concat(message, ": "), str_repr(s)))


def is_space(c: int) -> bool:
    return c == 32 or (c >= 9 and c <= 13)


def utf8_encode(code: int) -> str:
    buffer = alloc(4)
    if code < 128:
        store_u8(buffer, code)
        return take_ascii(buffer, 1)
    size = 2
    if code < 2048:
        store_u8(buffer, 192 + code // 64)
        store_u8(buffer + 1, 128 + code % 64)
    elif code < 65536:
        size = 3
        store_u8(buffer, 224 + code // 4096)
        store_u8(buffer + 1, 128 + code // 64 % 64)
        store_u8(buffer + 2, 128 + code % 64)
    else:
        size = 4
        store_u8(buffer, 240 + code // 262144)
        store_u8(buffer + 1, 128 + code // 4096 % 64)
        store_u8(buffer + 2, 128 + code // 64 % 64)
        store_u8(buffer + 3, 128 + code % 64)
    result = str_new(size, 1)
    copy_bytes(str_addr(result), buffer, size)
    release(buffer)
    return result


def parse_spec(spec: str) -> None:
    """Parses [[fill]align][sign][#][0][width][,|_][.precision][type] into the spec_* globals."""
    global spec_fill, spec_align, spec_sign, spec_alt, spec_zero, spec_width, spec_group, spec_precision, spec_type
    spec_fill = 32
    spec_align = 0
    spec_sign = 0
    spec_alt = False
    spec_zero = False
    spec_width = 0
    spec_group = 0
    spec_precision = -1
    spec_type = 0
    base = str_addr(spec)
    size = str_size(spec)
    i = 0
    # A fill character is any code point followed by an alignment.
    first_size = 1
    if size > 0:
        lead = load_u8(base)
        if lead >= 240:
            first_size = 4
        elif lead >= 224:
            first_size = 3
        elif lead >= 192:
            first_size = 2
    if size > first_size and is_align(load_u8(base + first_size)):
        spec_fill = decode_utf8(base, first_size)
        spec_align = load_u8(base + first_size)
        i = first_size + 1
    elif size > 0 and is_align(load_u8(base)):
        spec_align = load_u8(base)
        i = 1
    if i < size and (load_u8(base + i) == 43 or load_u8(base + i) == 45 or load_u8(base + i) == 32):
        spec_sign = load_u8(base + i)
        i += 1
    if i < size and load_u8(base + i) == 35:
        spec_alt = True
        i += 1
    if i < size and load_u8(base + i) == 48:
        spec_zero = True
        i += 1
    while i < size and load_u8(base + i) >= 48 and load_u8(base + i) <= 57:
        spec_width = spec_width * 10 + load_u8(base + i) - 48
        i += 1
    if i < size and (load_u8(base + i) == 44 or load_u8(base + i) == 95):
        spec_group = load_u8(base + i)
        i += 1
    if i < size and load_u8(base + i) == 46:
        i += 1
        spec_precision = 0
        digits = 0
        while i < size and load_u8(base + i) >= 48 and load_u8(base + i) <= 57:
            spec_precision = spec_precision * 10 + load_u8(base + i) - 48
            i += 1
            digits += 1
        if digits == 0:
            raise_("ValueError: Format specifier missing precision")
    if i < size:
        spec_type = load_u8(base + i)
        i += 1
    if i < size:
        raise_("ValueError: Invalid format specifier")
    if spec_zero and spec_align == 0:
        spec_fill = 48
        spec_align = 61


def is_align(c: int) -> bool:
    return c == 60 or c == 62 or c == 94 or c == 61


def decode_utf8(addr: int, size: int) -> int:
    lead = load_u8(addr)
    if size == 1:
        return lead
    code = 0
    if size == 2:
        code = lead & 31
    elif size == 3:
        code = lead & 15
    else:
        code = lead & 7
    i = 1
    while i < size:
        code = code * 64 + (load_u8(addr + i) & 63)
        i += 1
    return code


def pad(sign: str, body: str, default_align: int) -> str:
    """Applies spec_width, spec_fill and spec_align to a formatted sign and body."""
    length = n_chars(sign) + n_chars(body)
    if length >= spec_width:
        return str_concat(sign, body)
    fill = utf8_encode(spec_fill)
    missing = spec_width - length
    align = spec_align
    if align == 0:
        align = default_align
    if align == 60:
        return str_concat(str_concat(sign, body), str_repeat(fill, missing))
    if align == 94:
        left = missing // 2
        return str_concat(str_concat(str_repeat(fill, left), str_concat(sign, body)), str_repeat(fill, missing - left))
    if align == 61:
        return str_concat(str_concat(sign, str_repeat(fill, missing)), body)
    return str_concat(str_repeat(fill, missing), str_concat(sign, body))


def group_digits(digits: str, separator: int, every: int) -> str:
    """Inserts the separator between groups of `every` digits, counting from the right."""
    size = str_size(digits)
    if separator == 0 or size <= every:
        return digits
    n_separators = (size - 1) // every
    buffer = alloc(size + n_separators)
    source = str_addr(digits)
    at = size + n_separators
    i = size
    count = 0
    while i > 0:
        if count == every:
            at -= 1
            store_u8(buffer + at, separator)
            count = 0
        i -= 1
        at -= 1
        store_u8(buffer + at, load_u8(source + i))
        count += 1
    return take_ascii(buffer, size + n_separators)


def format_int(n: int, spec: str, is_bool: bool) -> str:
    if str_size(spec) == 0:
        if is_bool:
            return "True" if n != 0 else "False"
        return int_str(n)
    parse_spec(spec)
    kind = spec_type
    # The float presentations format the int as a float (precision and all).
    if kind == 101 or kind == 69 or kind == 102 or kind == 70 or kind == 103 or kind == 71 or kind == 37:
        return format_float(float(n), spec)
    if spec_precision >= 0:
        raise_("ValueError: Precision not allowed in integer format specifier")
    if kind == 0 or kind == 110:
        kind = 100
    base = 10
    prefix = ""
    if kind == 120 or kind == 88:
        base = 16
        prefix = "0x" if kind == 120 else "0X"
    elif kind == 111:
        base = 8
        prefix = "0o"
    elif kind == 98:
        base = 2
        prefix = "0b"
    elif kind == 99:
        if n < 0 or n > 1114111:
            raise_("OverflowError: %c arg not in range(0x110000)")
        return pad("", utf8_encode(n), 60)
    elif kind != 100:
        raise_(str_concat(str_concat("ValueError: Unknown format code '", utf8_encode(kind)), "' for object of type 'int'"))
    magnitude = n
    if n < 0 and n != INT_MIN:
        magnitude = -n
    digits = int_digits(magnitude, base, kind == 88)
    if n == INT_MIN:
        digits = int_digits(n, base, kind == 88)
        digits = ascii_str(str_addr(digits) + 1, str_size(digits) - 1)
    if spec_group != 0:
        every = 3
        if base != 10:
            every = 4
        digits = group_digits(digits, spec_group, every)
    sign = ""
    if n < 0:
        sign = "-"
    elif spec_sign == 43:
        sign = "+"
    elif spec_sign == 32:
        sign = " "
    if spec_alt:
        sign = str_concat(sign, prefix)
    return pad(sign, digits, 62)


def format_str(s: str, spec: str) -> str:
    if str_size(spec) == 0:
        return s
    parse_spec(spec)
    if spec_type != 0 and spec_type != 115:
        raise_(str_concat(str_concat("ValueError: Unknown format code '", utf8_encode(spec_type)), "' for object of type 'str'"))
    if spec_align == 61:
        raise_("ValueError: '=' alignment not allowed in string format specifier")
    if spec_sign != 0:
        raise_("ValueError: Sign not allowed in string format specifier")
    if spec_precision >= 0 and spec_precision < n_chars(s):
        s = prefix_chars(s, spec_precision)
    return pad("", s, 60)


def prefix_chars(s: str, count: int) -> str:
    base = str_addr(s)
    size = 0
    chars = 0
    while size < str_size(s):
        if load_u8(base + size) & 192 != 128:
            if chars == count:
                break
            chars += 1
        size += 1
    result = str_new(size, chars)
    copy_bytes(str_addr(result), base, size)
    return result



def format_float(x: float, spec: str) -> str:
    """format(x, spec) for floats: types e, E, f, F, g, G, n, % and none."""
    if str_size(spec) == 0:
        return float_repr(x)
    parse_spec(spec)
    kind = spec_type
    precision = spec_precision
    upper = kind == 69 or kind == 70 or kind == 71
    negative = f64_bits(x) < 0 and x == x
    magnitude = x
    if negative:
        magnitude = -x
    suffix = ""
    if kind == 37:
        suffix = "%"
        magnitude = magnitude * 100.0
    body = ""
    if magnitude != magnitude or magnitude == INF:
        body = "nan" if magnitude != magnitude else "inf"
        if upper:
            body = "NAN" if magnitude != magnitude else "INF"
    elif kind == 0 and precision < 0:
        body = float_repr(magnitude)
        if spec_group != 0:
            body = group_float(body)
    elif kind == 102 or kind == 70 or kind == 37:
        if precision < 0:
            precision = 6
        exact_digits(magnitude, precision, -1)
        body = fixed_text(precision, spec_alt)
    elif kind == 101 or kind == 69:
        if precision < 0:
            precision = 6
        exact_digits(magnitude, 0, precision + 1)
        body = scientific_text(precision, spec_alt, upper)
    elif kind == 103 or kind == 71 or kind == 110 or kind == 0:
        if precision < 0:
            precision = 6
        if precision == 0:
            precision = 1
        exact_digits(magnitude, 0, precision)
        exponent = 0
        if digits_len > 0:
            exponent = digits_point - 1
        limit = precision
        if kind == 0:
            limit = precision - 1
        if exponent >= -4 and exponent < limit:
            body = fixed_text(precision - 1 - exponent, spec_alt)
            if not spec_alt:
                body = strip_fraction_zeros(body, kind == 0)
        else:
            body = scientific_text(precision - 1, spec_alt, upper)
            if not spec_alt:
                body = strip_mantissa_zeros(body)
    else:
        raise_(str_concat(str_concat("ValueError: Unknown format code '", utf8_encode(kind)), "' for object of type 'float'"))
    body = str_concat(body, suffix)
    sign = ""
    if negative:
        sign = "-"
    elif spec_sign == 43:
        sign = "+"
    elif spec_sign == 32:
        sign = " "
    return pad(sign, body, 62)


def digit_or_zero(i: int) -> int:
    """The ASCII digit at index i of the current digits, 0 outside them."""
    if i < 0 or i >= digits_len:
        return 48
    return load_u8(digits + i)


def fixed_text(decimals: int, alt: bool) -> str:
    """The current digits in fixed notation with exactly `decimals` digits after the point."""
    point = digits_point
    if digits_len == 0:
        point = 1
    integer_digits = point
    if integer_digits < 1:
        integer_digits = 1
    buffer = alloc(integer_digits * 2 + decimals + 8)
    at = buffer
    if point <= 0:
        store_u8(at, 48)
        at += 1
    else:
        i = 0
        while i < point:
            store_u8(at, digit_or_zero(i))
            at += 1
            i += 1
    if decimals > 0 or alt:
        store_u8(at, 46)
        at += 1
    i = 0
    while i < decimals:
        store_u8(at, digit_or_zero(point + i))
        at += 1
        i += 1
    text = take_ascii(buffer, at - buffer)
    if spec_group != 0:
        return group_float(text)
    return text


def scientific_text(decimals: int, alt: bool, upper: bool) -> str:
    """The current digits as d.ddd e+XX with `decimals` digits after the point."""
    exponent = 0
    if digits_len > 0:
        exponent = digits_point - 1
    buffer = alloc(decimals + 16)
    at = buffer
    store_u8(at, digit_or_zero(0))
    at += 1
    if decimals > 0 or alt:
        store_u8(at, 46)
        at += 1
    i = 0
    while i < decimals:
        store_u8(at, digit_or_zero(1 + i))
        at += 1
        i += 1
    mark = at
    at = write_exponent(at, exponent)
    if upper:
        store_u8(mark, 69)
    return take_ascii(buffer, at - buffer)


def strip_fraction_zeros(text: str, keep_one: bool) -> str:
    """Drops trailing zeros after the point, and the point itself unless keep_one."""
    base = str_addr(text)
    size = str_size(text)
    point = find_byte(text, 46)
    if point < 0:
        if keep_one:
            return str_concat(text, ".0")
        return text
    end = size
    while end > point + 1 and load_u8(base + end - 1) == 48:
        end -= 1
    if end == point + 1:
        if keep_one:
            end = point + 2
        else:
            end = point
    return ascii_str(base, end)


def strip_mantissa_zeros(text: str) -> str:
    """Drops trailing zeros (and a bare point) before the exponent of d.ddde+XX."""
    base = str_addr(text)
    size = str_size(text)
    e = find_byte(text, 101)
    if e < 0:
        e = find_byte(text, 69)
    point = find_byte(text, 46)
    if point < 0 or e < 0:
        return text
    end = e
    while end > point + 1 and load_u8(base + end - 1) == 48:
        end -= 1
    if end == point + 1:
        end = point
    return str_concat(ascii_str(base, end), ascii_str(base + e, size - e))


def find_byte(text: str, byte: int) -> int:
    base = str_addr(text)
    i = 0
    while i < str_size(text):
        if load_u8(base + i) == byte:
            return i
        i += 1
    return -1


def group_float(text: str) -> str:
    """Groups the integer digits of a formatted float by thousands."""
    base = str_addr(text)
    size = str_size(text)
    end = 0
    while end < size and load_u8(base + end) >= 48 and load_u8(base + end) <= 57:
        end += 1
    grouped = group_digits(ascii_str(base, end), spec_group, 3)
    return str_concat(grouped, ascii_str(base + end, size - end))


# str methods. `s.name(...)` calls `str_name` (see krait_infer::str_method for the defaults
# the compiler supplies). Positions inside a str are byte offsets at code point boundaries.


def char_len(lead: int) -> int:
    """The size in bytes of the UTF-8 sequence that starts with byte `lead`."""
    if lead < 128:
        return 1
    if lead < 224:
        return 2
    if lead < 240:
        return 3
    return 4


def code_at(s: str, i: int) -> int:
    """The code point at byte offset `i` of `s`."""
    addr = str_addr(s) + i
    return decode_utf8(addr, char_len(load_u8(addr)))


def prev_start(s: str, i: int) -> int:
    """The byte offset of the code point that ends at byte offset `i` of `s`."""
    base = str_addr(s)
    j = i - 1
    while load_u8(base + j) & 192 == 128:
        j -= 1
    return j


def count_chars(addr: int, size: int) -> int:
    chars = 0
    i = 0
    while i < size:
        if load_u8(addr + i) & 192 != 128:
            chars += 1
        i += 1
    return chars


def substr(s: str, start: int, end: int) -> str:
    """The bytes [start, end) of `s` as a str."""
    size = end - start
    if size == str_size(s):
        return s
    if size <= 0:
        return ""
    chars = size
    if n_chars(s) != str_size(s):
        chars = count_chars(str_addr(s) + start, size)
    result = str_new(size, chars)
    copy_short(str_addr(result), str_addr(s) + start, size)
    return result


def byte_to_char(s: str, i: int) -> int:
    """The index in code points of byte offset `i` of `s`."""
    if n_chars(s) == str_size(s):
        return i
    return count_chars(str_addr(s), i)


def char_to_byte(s: str, index: int) -> int:
    """The byte offset of code point `index` (0 <= index <= len(s)) of `s`."""
    if n_chars(s) == str_size(s):
        return index
    base = str_addr(s)
    i = 0
    while index > 0:
        i += char_len(load_u8(base + i))
        index -= 1
    return i


def is_white(c: int) -> bool:
    """Python's whitespace (str.isspace, str.split() and str.strip())."""
    if c < 128:
        return c == 32 or (c >= 9 and c <= 13) or (c >= 28 and c <= 31)
    return (
        c == 133
        or c == 160
        or c == 5760
        or (c >= 8192 and c <= 8202)
        or c == 8232
        or c == 8233
        or c == 8239
        or c == 8287
        or c == 12288
    )


def find_bytes(s: str, sub: str, start: int, end: int) -> int:
    """The first byte offset in [start, end) where `sub` occurs wholly before `end`, or -1."""
    n = str_size(sub)
    base = str_addr(s)
    pattern = str_addr(sub)
    if n == 0:
        return start if start <= end else -1
    first = load_u8(pattern)
    i = start
    while i + n <= end:
        if load_u8(base + i) == first:
            j = 1
            while j < n and load_u8(base + i + j) == load_u8(pattern + j):
                j += 1
            if j == n:
                return i
        i += 1
    return -1


def rfind_bytes(s: str, sub: str, start: int, end: int) -> int:
    """The last byte offset in [start, end) where `sub` occurs wholly before `end`, or -1."""
    n = str_size(sub)
    base = str_addr(s)
    pattern = str_addr(sub)
    i = end - n
    while i >= start:
        j = 0
        while j < n and load_u8(base + i + j) == load_u8(pattern + j):
            j += 1
        if j == n:
            return i
        i -= 1
    return -1


def white_len(base: int, i: int) -> int:
    """The size in bytes of the whitespace code point at base + i, or 0 when it is not one."""
    c = load_u8(base + i)
    if c < 128:
        if c == 32 or (c >= 9 and c <= 13) or (c >= 28 and c <= 31):
            return 1
        return 0
    n = char_len(c)
    if is_white(decode_utf8(base + i, n)):
        return n
    return 0


def str_split_ws(s: str, maxsplit: int):
    out = []
    size = str_size(s)
    base = str_addr(s)
    i = 0
    while True:
        while i < size:
            c = load_u8(base + i)
            if c < 128:
                # ASCII whitespace inline: most text is ASCII.
                if not (c == 32 or (c >= 9 and c <= 13) or (c >= 28 and c <= 31)):
                    break
                i += 1
            else:
                n = white_len(base, i)
                if n == 0:
                    break
                i += n
        if i >= size:
            break
        if maxsplit >= 0 and len(out) >= maxsplit:
            out.append(substr(s, i, size))
            break
        start = i
        while i < size:
            c = load_u8(base + i)
            if c < 128:
                if c == 32 or (c >= 9 and c <= 13) or (c >= 28 and c <= 31):
                    break
                i += 1
            elif white_len(base, i) != 0:
                break
            else:
                i += char_len(c)
        out.append(substr(s, start, i))
    return out


def str_split(s: str, sep: str, maxsplit: int):
    n = str_size(sep)
    if n == 0:
        raise_("ValueError: empty separator")
    out = []
    size = str_size(s)
    start = 0
    while maxsplit < 0 or len(out) < maxsplit:
        found = find_bytes(s, sep, start, size)
        if found < 0:
            break
        out.append(substr(s, start, found))
        start = found + n
    out.append(substr(s, start, size))
    return out


def str_rsplit_ws(s: str, maxsplit: int):
    out = []
    end = str_size(s)
    while True:
        while end > 0 and is_white(code_at(s, prev_start(s, end))):
            end = prev_start(s, end)
        if end <= 0:
            break
        if maxsplit >= 0 and len(out) >= maxsplit:
            out.append(substr(s, 0, end))
            break
        start = end
        while start > 0 and not is_white(code_at(s, prev_start(s, start))):
            start = prev_start(s, start)
        out.append(substr(s, start, end))
        end = start
    result = []
    i = len(out) - 1
    while i >= 0:
        result.append(out[i])
        i -= 1
    return result


def str_rsplit(s: str, sep: str, maxsplit: int):
    n = str_size(sep)
    if n == 0:
        raise_("ValueError: empty separator")
    out = []
    end = str_size(s)
    while maxsplit < 0 or len(out) < maxsplit:
        found = rfind_bytes(s, sep, 0, end)
        if found < 0:
            break
        out.append(substr(s, found + n, end))
        end = found
    out.append(substr(s, 0, end))
    result = []
    i = len(out) - 1
    while i >= 0:
        result.append(out[i])
        i -= 1
    return result


def is_line_break(c: int) -> bool:
    return (c >= 10 and c <= 13) or (c >= 28 and c <= 30) or c == 133 or c == 8232 or c == 8233


def str_splitlines(s: str, keepends: bool):
    out = []
    size = str_size(s)
    base = str_addr(s)
    start = 0
    i = 0
    while i < size:
        c = code_at(s, i)
        width = char_len(load_u8(base + i))
        if is_line_break(c):
            end = i + width
            if c == 13 and end < size and load_u8(base + end) == 10:
                end += 1
            if keepends:
                out.append(substr(s, start, end))
            else:
                out.append(substr(s, start, i))
            start = end
            i = end
        else:
            i += width
    if start < size:
        out.append(substr(s, start, size))
    return out


def in_chars(chars: str, c: int) -> bool:
    size = str_size(chars)
    i = 0
    while i < size:
        if code_at(chars, i) == c:
            return True
        i += char_len(load_u8(str_addr(chars) + i))
    return False


def strip_skips(c: int, chars: str, whitespace: bool) -> bool:
    if whitespace:
        return is_white(c)
    return in_chars(chars, c)


def in_ascii_chars(chars: str, c: int) -> bool:
    i = 0
    size = str_size(chars)
    base = str_addr(chars)
    while i < size:
        if load_u8(base + i) == c:
            return True
        i += 1
    return False


def strip_chars(s: str, chars: str, whitespace: bool, mode: int) -> str:
    """`mode` 1 strips the start, 2 the end, 3 both."""
    start = 0
    end = str_size(s)
    if not whitespace and n_chars(chars) == str_size(chars) and n_chars(s) == end:
        # ASCII text and characters: compare bytes.
        base = str_addr(s)
        if mode & 1 != 0:
            while start < end and in_ascii_chars(chars, load_u8(base + start)):
                start += 1
        if mode & 2 != 0:
            while end > start and in_ascii_chars(chars, load_u8(base + end - 1)):
                end -= 1
        return substr(s, start, end)
    if mode & 1 != 0:
        while start < end and strip_skips(code_at(s, start), chars, whitespace):
            start += char_len(load_u8(str_addr(s) + start))
    if mode & 2 != 0:
        while end > start and strip_skips(code_at(s, prev_start(s, end)), chars, whitespace):
            end = prev_start(s, end)
    return substr(s, start, end)


def str_strip_ws(s: str, mode: int) -> str:
    return strip_chars(s, "", True, mode)


def str_strip(s: str, chars: str, mode: int) -> str:
    return strip_chars(s, chars, False, mode)


def str_replace(s: str, old: str, new: str, count: int) -> str:
    size = str_size(s)
    n = str_size(old)
    if n == 0:
        # An empty `old` matches before every code point and at the end.
        pieces = []
        i = 0
        made = 0
        while i < size and (count < 0 or made < count):
            pieces.append(new)
            width = char_len(load_u8(str_addr(s) + i))
            pieces.append(substr(s, i, i + width))
            i += width
            made += 1
        if i >= size and (count < 0 or made < count):
            pieces.append(new)
        elif i < size:
            pieces.append(substr(s, i, size))
        return "".join(pieces)
    pieces = []
    start = 0
    made = 0
    while count < 0 or made < count:
        found = find_bytes(s, old, start, size)
        if found < 0:
            break
        pieces.append(substr(s, start, found))
        pieces.append(new)
        start = found + n
        made += 1
    if made == 0:
        return s
    pieces.append(substr(s, start, size))
    return "".join(pieces)


def clamp_index(index: int, length: int) -> int:
    """A start or end argument of find/count/startswith as slicing adjusts it."""
    if index < 0:
        index += length
        if index < 0:
            return 0
    if index > length:
        return length
    return index


def search_range(s: str, start: int, end: int) -> None:
    """Sets search_start and search_end to the byte offsets of [start:end] of `s`, or
    search_start to -1 when the range is empty past the end."""
    global search_start, search_end
    length = n_chars(s)
    first = clamp_index(start, length)
    last = clamp_index(end, length)
    if start > length:
        search_start = -1
        return
    search_start = char_to_byte(s, first)
    search_end = char_to_byte(s, last)
    if search_end < search_start:
        search_end = search_start
        if first > last:
            search_start = -1


search_start = 0
search_end = 0


def str_find(s: str, sub: str, start: int, end: int) -> int:
    search_range(s, start, end)
    if search_start < 0:
        return -1
    found = find_bytes(s, sub, search_start, search_end)
    if found < 0:
        return -1
    return byte_to_char(s, found)


def str_rfind(s: str, sub: str, start: int, end: int) -> int:
    search_range(s, start, end)
    if search_start < 0:
        return -1
    found = rfind_bytes(s, sub, search_start, search_end)
    if found < 0:
        return -1
    return byte_to_char(s, found)


def str_index(s: str, sub: str, start: int, end: int) -> int:
    found = str_find(s, sub, start, end)
    if found < 0:
        raise_("ValueError: substring not found")
    return found


def str_rindex(s: str, sub: str, start: int, end: int) -> int:
    found = str_rfind(s, sub, start, end)
    if found < 0:
        raise_("ValueError: substring not found")
    return found


def str_count(s: str, sub: str, start: int, end: int) -> int:
    search_range(s, start, end)
    if search_start < 0:
        return 0
    n = str_size(sub)
    if n == 0:
        return count_chars(str_addr(s) + search_start, search_end - search_start) + 1
    count = 0
    i = search_start
    while True:
        found = find_bytes(s, sub, i, search_end)
        if found < 0:
            return count
        count += 1
        i = found + n


def str_startswith(s: str, prefix: str, start: int, end: int) -> bool:
    search_range(s, start, end)
    if search_start < 0:
        return False
    n = str_size(prefix)
    return search_start + n <= search_end and find_bytes(s, prefix, search_start, search_start + n) == search_start


def str_endswith(s: str, suffix: str, start: int, end: int) -> bool:
    search_range(s, start, end)
    if search_start < 0:
        return False
    n = str_size(suffix)
    at = search_end - n
    return at >= search_start and find_bytes(s, suffix, at, search_end) == at


def str_partition(s: str, sep: str):
    if str_size(sep) == 0:
        raise_("ValueError: empty separator")
    found = find_bytes(s, sep, 0, str_size(s))
    if found < 0:
        return (s, "", "")
    return (substr(s, 0, found), sep, substr(s, found + str_size(sep), str_size(s)))


def str_rpartition(s: str, sep: str):
    if str_size(sep) == 0:
        raise_("ValueError: empty separator")
    found = rfind_bytes(s, sep, 0, str_size(s))
    if found < 0:
        return ("", "", s)
    return (substr(s, 0, found), sep, substr(s, found + str_size(sep), str_size(s)))


def str_zfill(s: str, width: int) -> str:
    length = n_chars(s)
    if width <= length:
        return s
    fill = str_repeat("0", width - length)
    if str_size(s) > 0 and (load_u8(str_addr(s)) == 43 or load_u8(str_addr(s)) == 45):
        return str_concat(str_concat(substr(s, 0, 1), fill), substr(s, 1, str_size(s)))
    return str_concat(fill, s)


def str_pad(s: str, width: int, fill: str, align: int) -> str:
    """ljust (align 0), rjust (1) or center (2)."""
    if n_chars(fill) != 1:
        raise_("TypeError: The fill character must be exactly one character long")
    length = n_chars(s)
    if width <= length:
        return s
    total = width - length
    left = 0
    if align == 1:
        left = total
    elif align == 2:
        # CPython's centring: the odd space goes left when the width is odd.
        left = total // 2 + (total & width & 1)
    return str_concat(str_concat(str_repeat(fill, left), s), str_repeat(fill, total - left))


# Character classes, as bits: what str.isupper() and the other predicates test.
UPPER = 1
LOWER = 2
ALPHA = 4
DECIMAL = 8
DIGIT = 16
NUMERIC = 32


def unsupported_char(c: int) -> None:
    raise_(
        str_concat(
            str_concat("NotImplementedError: krait does not know the Unicode properties of U+", int_digits(c, 16, True)),
            " yet (it knows ASCII, Latin-1, basic Greek and Cyrillic, CJK and emoji)",
        )
    )


def char_class(c: int) -> int:
    if c < 128:
        if c >= 65 and c <= 90:
            return UPPER | ALPHA
        if c >= 97 and c <= 122:
            return LOWER | ALPHA
        if c >= 48 and c <= 57:
            return DECIMAL | DIGIT | NUMERIC
        return 0
    if c < 256:
        if c == 170 or c == 186:
            return LOWER | ALPHA
        if c == 181 or c == 223 or c == 255:
            return LOWER | ALPHA
        if c == 178 or c == 179 or c == 185:
            return DIGIT | NUMERIC
        if c >= 188 and c <= 190:
            return NUMERIC
        if c == 215 or c == 247 or c < 192:
            return 0
        if c < 223:
            return UPPER | ALPHA
        return LOWER | ALPHA
    if c < 384:
        return latin_extended_class(c)
    if (c >= 913 and c <= 929) or (c >= 931 and c <= 937) or (c >= 1024 and c <= 1071):
        return UPPER | ALPHA
    if (c >= 945 and c <= 969) or (c >= 1072 and c <= 1119):
        return LOWER | ALPHA
    if (c >= 19968 and c <= 40959) or (c >= 12353 and c <= 12438) or (c >= 12449 and c <= 12538) or (c >= 44032 and c <= 55203):
        return ALPHA
    if (c >= 8192 and c <= 8303) or (c >= 8592 and c <= 9215) or (c >= 9472 and c <= 9983) or (c >= 12288 and c <= 12291) or (c >= 127744 and c <= 129791):
        return 0
    unsupported_char(c)
    return 0


def latin_extended_class(c: int) -> int:
    """Latin Extended-A (U+0100 to U+017F): pairs of an upper and a lower case letter, in
    runs where the upper one is at even or at odd code points."""
    if c == 312 or c == 329 or c == 383 or c == 305:
        return LOWER | ALPHA
    if c == 376 or c == 304:
        return UPPER | ALPHA
    odd_upper = (c >= 313 and c <= 328) or (c >= 377 and c <= 382)
    if (c % 2 == 1) == odd_upper:
        return UPPER | ALPHA
    return LOWER | ALPHA


def case_unsupported(c: int) -> None:
    raise_(
        str_concat(
            str_concat("NotImplementedError: the case of U+", int_digits(c, 16, True)),
            " maps to several code points, which krait does not do yet",
        )
    )


def upper_code(c: int) -> int:
    """The upper case of a code point whose class has LOWER (ß is the caller's)."""
    if c >= 256 and c < 384:
        if c == 305:
            return 73
        if c == 383:
            return 83
        if c == 312:
            return c
        if c == 329:
            case_unsupported(c)
        return c - 1
    if c < 128 or (c >= 224 and c <= 254) or (c >= 945 and c <= 969 and c != 962) or (c >= 1072 and c <= 1103):
        return c - 32
    if c == 962:
        return 931
    if c == 181:
        return 924
    if c == 255:
        return 376
    if c >= 1104 and c <= 1119:
        return c - 80
    return c


def lower_code(c: int) -> int:
    """The lower case of a code point whose class has UPPER."""
    if c >= 256 and c < 384:
        if c == 376:
            return 255
        if c == 304:
            case_unsupported(c)
        return c + 1
    if c < 1024:
        return c + 32
    if c < 1040:
        return c + 80
    return c + 32


def str_is(s: str, kind: int) -> bool:
    """isalpha (ALPHA), isdigit, isdecimal, isnumeric, isalnum (ALPHA | NUMERIC): every code
    point is of one of the classes in `kind`, and there is one."""
    size = str_size(s)
    if size == 0:
        return False
    base = str_addr(s)
    i = 0
    while i < size:
        if char_class(code_at(s, i)) & kind == 0:
            return False
        i += char_len(load_u8(base + i))
    return True


def str_isspace(s: str) -> bool:
    size = str_size(s)
    if size == 0:
        return False
    i = 0
    while i < size:
        if not is_white(code_at(s, i)):
            return False
        i += char_len(load_u8(str_addr(s) + i))
    return True


def str_iscase(s: str, case: int) -> bool:
    """isupper (case UPPER) and islower (LOWER): a cased code point, and none of the other."""
    cased = False
    size = str_size(s)
    i = 0
    while i < size:
        kind = char_class(code_at(s, i))
        if kind & (UPPER | LOWER) != 0:
            if kind & case == 0:
                return False
            cased = True
        i += char_len(load_u8(str_addr(s) + i))
    return cased


def str_istitle(s: str) -> bool:
    cased = False
    previous_cased = False
    size = str_size(s)
    i = 0
    while i < size:
        kind = char_class(code_at(s, i))
        if kind & UPPER != 0:
            if previous_cased:
                return False
            previous_cased = True
            cased = True
        elif kind & LOWER != 0:
            if not previous_cased:
                return False
            previous_cased = True
            cased = True
        else:
            previous_cased = False
        i += char_len(load_u8(str_addr(s) + i))
    return cased


def put_code(buffer: int, at: int, code: int) -> int:
    """Writes `code` as UTF-8 at buffer + at; the offset after it."""
    if code < 128:
        store_u8(buffer + at, code)
        return at + 1
    if code < 2048:
        store_u8(buffer + at, 192 + code // 64)
        store_u8(buffer + at + 1, 128 + code % 64)
        return at + 2
    if code < 65536:
        store_u8(buffer + at, 224 + code // 4096)
        store_u8(buffer + at + 1, 128 + code // 64 % 64)
        store_u8(buffer + at + 2, 128 + code % 64)
        return at + 3
    store_u8(buffer + at, 240 + code // 262144)
    store_u8(buffer + at + 1, 128 + code // 4096 % 64)
    store_u8(buffer + at + 2, 128 + code // 64 % 64)
    store_u8(buffer + at + 3, 128 + code % 64)
    return at + 4


def next_cased(s: str, i: int) -> bool:
    """Whether the code point at byte offset `i` is cased."""
    return i < str_size(s) and char_class(code_at(s, i)) & (UPPER | LOWER) != 0


# Case conversions for str_convert.
TO_LOWER = 0
TO_UPPER = 1
SWAP = 2
CAPITALIZE = 3
TITLE = 4


def ascii_convert(s: str, mode: int) -> str:
    """str_convert of ASCII text: byte by byte, and `s` itself when nothing changes."""
    size = str_size(s)
    base = str_addr(s)
    if mode == TO_LOWER or mode == TO_UPPER:
        # One range of letters flips case: find the first, copy up to it, convert the rest.
        low = 65
        if mode == TO_UPPER:
            low = 97
        i = 0
        while i < size and not (load_u8(base + i) >= low and load_u8(base + i) <= low + 25):
            i += 1
        if i == size:
            return s
        result = str_new(size, size)
        target = str_addr(result)
        copy_short(target, base, i)
        while i < size:
            c = load_u8(base + i)
            if c >= low and c <= low + 25:
                c = c ^ 32
            store_u8(target + i, c)
            i += 1
        return result
    i = 0
    previous_cased = False
    changes = False
    while i < size and not changes:
        c = load_u8(base + i)
        upper = c >= 65 and c <= 90
        lower = c >= 97 and c <= 122
        if mode == TO_LOWER:
            changes = upper
        elif mode == TO_UPPER:
            changes = lower
        elif mode == SWAP:
            changes = upper or lower
        elif mode == CAPITALIZE:
            changes = (i == 0 and lower) or (i > 0 and upper)
        else:
            changes = (previous_cased and upper) or (not previous_cased and lower)
        previous_cased = upper or lower
        i += 1
    if not changes:
        return s
    result = str_new(size, size)
    target = str_addr(result)
    previous_cased = False
    i = 0
    while i < size:
        c = load_u8(base + i)
        upper = c >= 65 and c <= 90
        lower = c >= 97 and c <= 122
        to_upper = mode == TO_UPPER or (mode == CAPITALIZE and i == 0)
        to_upper = to_upper or (mode == SWAP and lower) or (mode == TITLE and not previous_cased)
        if to_upper and lower:
            c -= 32
        elif not to_upper and upper and (mode != SWAP or upper):
            c += 32
        previous_cased = upper or lower
        store_u8(target + i, c)
        i += 1
    return result


def str_convert(s: str, mode: int) -> str:
    """lower, upper, swapcase, capitalize and title."""
    size = str_size(s)
    if n_chars(s) == size:
        return ascii_convert(s, mode)
    base = str_addr(s)
    # Only ß grows (to "SS" or "Ss"), and it takes as many bytes as they do.
    buffer = alloc(size + 8)
    at = 0
    chars = 0
    previous_cased = False
    i = 0
    while i < size:
        c = code_at(s, i)
        width = char_len(load_u8(base + i))
        kind = char_class(c)
        to_upper = False
        to_lower = False
        if mode == TO_LOWER:
            to_lower = True
        elif mode == TO_UPPER:
            to_upper = True
        elif mode == SWAP:
            to_upper = kind & LOWER != 0
            to_lower = kind & UPPER != 0
        elif mode == CAPITALIZE:
            to_upper = i == 0
            to_lower = i > 0
        else:
            to_upper = not previous_cased
            to_lower = previous_cased
        before = previous_cased
        previous_cased = kind & (UPPER | LOWER) != 0
        if to_upper and c == 223:
            store_u8(buffer + at, 83)
            if mode == CAPITALIZE or mode == TITLE:
                store_u8(buffer + at + 1, 115)
            else:
                store_u8(buffer + at + 1, 83)
            at += 2
            chars += 2
        else:
            if to_upper and kind & LOWER != 0:
                c = upper_code(c)
            elif to_lower and kind & UPPER != 0:
                c = lower_code(c)
                if c == 963 and before and not next_cased(s, i + width):
                    # Final sigma: a Σ ending a word lowers to ς.
                    c = 962
            at = put_code(buffer, at, c)
            chars += 1
        i += width
    result = str_new(at, chars)
    copy(str_addr(result), buffer, at)
    release(buffer)
    return result


def ord_(s: str) -> int:
    if n_chars(s) != 1:
        raise_(str_concat(str_concat("TypeError: ord() expected a character, but string of length ", int_str(n_chars(s))), " found"))
    return code_at(s, 0)


def chr_(code: int) -> str:
    if code < 0 or code > 1114111:
        raise_("ValueError: chr() arg not in range(0x110000)")
    return utf8_encode(code)


# One-code-point strs of the ASCII characters, made on first use in blocks that are never
# collected: indexing and iterating over a str give these rather than allocating.
ascii_table = 0


def ascii_char(c: int) -> str:
    global ascii_table
    if ascii_table == 0:
        ascii_table = alloc(4 * 128)
        k = 0
        while k < 128:
            text = alloc(12)
            store_i32(text, 1)
            store_i32(text + 4, 1)
            store_u8(text + 8, k)
            store_i32(ascii_table + 4 * k, text)
            k += 1
    return str_at(load_i32(ascii_table + 4 * c))


def str_char_at(s: str, i: int) -> str:
    """The code point at byte offset `i` of `s`, as a str."""
    c = load_u8(str_addr(s) + i)
    if c < 128:
        return ascii_char(c)
    return substr(s, i, i + char_len(c))


def str_get(s: str, index: int) -> str:
    length = n_chars(s)
    if index < 0:
        index += length
    if index < 0 or index >= length:
        raise_("IndexError: string index out of range")
    return str_char_at(s, char_to_byte(s, index))


def str_slice(s: str, start: int, stop: int, step: int, has_start: bool, has_stop: bool) -> str:
    count = slice_adjust(n_chars(s), start, stop, step, has_start, has_stop)
    first = slice_first
    if count == 0:
        return ""
    if step == 1:
        return substr(s, char_to_byte(s, first), char_to_byte(s, first + count))
    base = str_addr(s)
    if n_chars(s) == str_size(s):
        result = str_new(count, count)
        target = str_addr(result)
        k = 0
        while k < count:
            store_u8(target + k, load_u8(base + first + k * step))
            k += 1
        return result
    # The byte offset of every code point, then the selected ones copied in order.
    length = n_chars(s)
    offsets = alloc(4 * length + 4)
    i = 0
    k = 0
    while k < length:
        store_i32(offsets + 4 * k, i)
        i += char_len(load_u8(base + i))
        k += 1
    store_i32(offsets + 4 * length, i)
    size = 0
    k = 0
    while k < count:
        index = first + k * step
        size += load_i32(offsets + 4 * index + 4) - load_i32(offsets + 4 * index)
        k += 1
    result = str_new(size, count)
    at = str_addr(result)
    k = 0
    while k < count:
        index = first + k * step
        begin = load_i32(offsets + 4 * index)
        n = load_i32(offsets + 4 * index + 4) - begin
        copy(at, base + begin, n)
        at += n
        k += 1
    release(offsets)
    return result


# hash() as CPython computes it for numbers (sys.hash_info: modulus 2**61 - 1, inf 314159).
HASH_MODULUS = 2305843009213693951
HASH_BITS = 61


def int_bit_length(n: int) -> int:
    """n.bit_length(): the bits of abs(n), without leading zeros."""
    if n == INT_MIN:
        return 64
    if n < 0:
        n = -n
    length = 0
    while n > 0:
        n = shr_u(n, 1)
        length += 1
    return length


def int_bit_count(n: int) -> int:
    """n.bit_count(): the one bits of abs(n)."""
    if n == INT_MIN:
        return 1
    if n < 0:
        n = -n
    count = 0
    while n > 0:
        count += n & 1
        n = shr_u(n, 1)
    return count


def hash_int(n: int) -> int:
    if n == INT_MIN:
        return -4
    h = n % HASH_MODULUS
    if n < 0:
        h = 0 - ((0 - n) % HASH_MODULUS)
    if h == -1:
        return -2
    return h


def hash_float(x: float) -> int:
    """CPython's _Py_HashDouble: the hash of the rational number x, modulo 2**61 - 1."""
    if x != x:
        return 0
    if x == INF:
        return 314159
    if x == 0.0 - INF:
        return -314159
    if x == 0.0:
        return 0
    sign = 1
    if x < 0.0:
        sign = -1
        x = 0.0 - x
    bits = f64_bits(x)
    biased = shr_u(bits, 52) & 2047
    e = 0
    if biased == 0:
        # Subnormal: scale into the normal range first.
        x = x * 18014398509481984.0
        bits = f64_bits(x)
        biased = shr_u(bits, 52) & 2047
        e = -54
    m = bits_f64((bits & 4503599627370495) | 4602678819172646912)
    e += biased - 1022
    h = 0
    while m != 0.0:
        h = (wrap_mul(h, 268435456) & HASH_MODULUS) | shr_u(h, HASH_BITS - 28)
        m = m * 268435456.0
        e -= 28
        y = trunc_f64(m)
        m = m - float(y)
        h += y
        if h >= HASH_MODULUS:
            h -= HASH_MODULUS
    if e >= 0:
        e = e % HASH_BITS
    else:
        e = HASH_BITS - 1 - ((-1 - e) % HASH_BITS)
    h = (wrap_mul(h, 1 << e) & HASH_MODULUS) | shr_u(h, HASH_BITS - e)
    h = h * sign
    if h == -1:
        return -2
    return h


def str_chars(s: str):
    """The code points of `s`, as a list of strs."""
    out = []
    size = str_size(s)
    i = 0
    while i < size:
        out.append(str_char_at(s, i))
        i += char_len(load_u8(str_addr(s) + i))
    return out


def int_base(n: int, base: int, prefix: str) -> str:
    """bin(), oct() and hex(): the digits after `prefix`, the sign before it."""
    text = int_digits(n, base, False)
    if n < 0:
        return str_concat(str_concat("-", prefix), substr(text, 1, str_size(text)))
    return str_concat(prefix, text)


def int_gcd(a: int, b: int) -> int:
    if a == INT_MIN or b == INT_MIN:
        raise_("OverflowError: integer result does not fit in 64 bits (big ints are not supported yet)")
    if a < 0:
        a = 0 - a
    if b < 0:
        b = 0 - b
    while b != 0:
        t = a % b
        a = b
        b = t
    return a


def range_contains(x: int, start: int, stop: int, step: int) -> bool:
    if step == 0:
        raise_("ValueError: range() arg 3 must not be zero")
    if step > 0:
        if x < start or x >= stop:
            return False
        return (x - start) % step == 0
    if x > start or x <= stop:
        return False
    return (start - x) % (0 - step) == 0


def int_isqrt(n: int) -> int:
    if n < 0:
        raise_("ValueError: isqrt() argument must be nonnegative")
    if n == 0:
        return 0
    # The float estimate, corrected by at most a step or two; 3037000499 is the largest int
    # whose square fits in 64 bits.
    x = min(trunc_f64(sqrt_f64(float(n))) + 1, 3037000499)
    while x * x > n:
        x = (x + n // x) // 2
    while x < 3037000499 and (x + 1) * (x + 1) <= n:
        x += 1
    return x


def exc_args_message(e: str) -> str:
    """The one str argument of a built-in exception (its `args`, where inference typed them one
    str): the message, a KeyError's str key (its repr unquoted, when it has no escapes);
    krait's TypeError for one made otherwise."""
    message = exc_str(e)
    a = str_addr(e) - 8
    kind = load_i32(a - 4) if a >= load_i32(HEAP_START) + 8 else KIND_RAW
    if str_size(message) > 0 and kind != KIND_ARGS_TUPLE and kind != KIND_UNQUOTED:
        if not str_eq(exc_class_name(e), "KeyError"):
            return message
        first = load_u8(str_addr(message))
        if (first == 39 or first == 34) and find_byte(message, 92) < 0:
            return substr(message, 1, str_size(message) - 1)
    raise_("TypeError: krait cannot give e.args of this exception as one str (made with no argument, several, or one of another type)")
    return ""


# The dynamic fallback's values (`object`): 0 is None, anything else the address of a box whose
# tag (obj_tag) says what it holds (krait_mir::TAG_INT and the others).
TAG_NONE = 0
TAG_INT = 65521
TAG_FLOAT = 65522
TAG_BOOL = 65523
TAG_STR = 65524
# A list whose elements are dynamic values: the list object's buffer address (a word), then its
# length (krait_lower's list layout).
TAG_LIST = 65525
# A dict whose keys and values are dynamic values: the dict object (krait_lower's dict layout:
# keys, values, index and hashes buffers, then len and used).
TAG_DICT = 65526
# A tuple whose elements are dynamic values: laid out as a list box.
TAG_TUPLE = 65527
# A set whose elements are dynamic values: the set object's address (krait_lower's set layout:
# keys, states and hashes buffers, then len and cap), its hashes obj_hash's.
TAG_SET = 65528
# An instance of the program's classes is a dynamic value as it is (not boxed): its tag is
# TAG_INSTANCE plus its class's number.
TAG_INSTANCE = 65536
# The operators obj_binary and obj_compare take, numbered as krait_lower's `object` numbers them.
OP_ADD = 0
OP_SUB = 1
OP_MUL = 2
OP_DIV = 3
OP_FLOORDIV = 4
OP_MOD = 5
OP_POW = 6
OP_LSHIFT = 7
OP_RSHIFT = 8
OP_AND = 9
OP_OR = 10
OP_XOR = 11
# Added to an operator's number for its augmented assignment (`+=`), which messages name.
OP_IN_PLACE = 16
CMP_EQ = 0
CMP_NE = 1
CMP_LT = 2
CMP_LE = 3
CMP_GT = 4
CMP_GE = 5
# The special methods after the comparisons that instance_special calls, then those
# instance_special_object calls, numbered as krait_hir's RUNTIME_SPECIALS: the binary
# operators' from SPECIAL_BINARY and SPECIAL_REFLECTED on, in the OP_ order.
SPECIAL_HASH = 6
SPECIAL_BOOL = 7
SPECIAL_LEN = 8
SPECIAL_CONTAINS = 9
SPECIAL_GETITEM = 10
SPECIAL_NEG = 11
SPECIAL_POS = 12
SPECIAL_ABS = 13
SPECIAL_INVERT = 14
SPECIAL_BINARY = 15
SPECIAL_REFLECTED = 27
# What instance_defines says of a namedtuple's instance: it iterates by its __getitem__ from 0
# to its __len__ (krait_hir's RUNTIME_SEQUENCE).
SPECIAL_SEQUENCE = 39


def obj_int(o: object) -> int:
    """The value of an int or bool box."""
    return load_i64(obj_addr(o))


def obj_float(o: object) -> float:
    return bits_f64(load_i64(obj_addr(o)))


def obj_text(o: object) -> str:
    return str_at(load_i32(obj_addr(o)))


def tag_name(tag: int) -> str:
    if tag == TAG_INT:
        return "int"
    if tag == TAG_FLOAT:
        return "float"
    if tag == TAG_BOOL:
        return "bool"
    if tag == TAG_STR:
        return "str"
    if tag == TAG_LIST:
        return "list"
    if tag == TAG_DICT:
        return "dict"
    if tag == TAG_TUPLE:
        return "tuple"
    if tag == TAG_SET:
        return "set"
    if tag >= TAG_INSTANCE:
        return class_name(tag - TAG_INSTANCE)
    return "NoneType"


def is_integral(tag: int) -> bool:
    return tag == TAG_INT or tag == TAG_BOOL


def is_number(tag: int) -> bool:
    return tag == TAG_INT or tag == TAG_BOOL or tag == TAG_FLOAT


def list_len(o: object) -> int:
    """The length of a list box's list."""
    return load_i32(load_i32(obj_addr(o)) + 4)


def list_item(o: object, i: int) -> object:
    """Element i of a list box's list."""
    return obj_at(load_i32(load_i32(load_i32(obj_addr(o))) + 4 * i))


def dict_used(o: object) -> int:
    """How many entries a dict box's dict has used (deleted ones among them)."""
    return load_i32(load_i32(obj_addr(o)) + 20)


def dict_live(o: object, e: int) -> bool:
    """Whether entry e of a dict box's dict is not deleted."""
    return load_i32(load_i32(load_i32(obj_addr(o)) + 12) + 4 * e) != 0


def dict_key(o: object, e: int) -> object:
    return obj_at(load_i32(load_i32(load_i32(obj_addr(o))) + 4 * e))


def dict_value(o: object, e: int) -> object:
    return obj_at(load_i32(load_i32(load_i32(obj_addr(o)) + 4) + 4 * e))


def dict_find(o: object, key: object) -> int:
    """The entry of a dict box's dict whose key equals key, or -1."""
    e = 0
    while e < dict_used(o):
        if dict_live(o, e) and obj_compare(CMP_EQ, dict_key(o, e), key):
            return e
        e += 1
    return -1


def set_object(o: object) -> int:
    """The set object of a set box."""
    return load_i32(obj_addr(o))


def set_len(o: object) -> int:
    return load_i32(set_object(o) + 12)


def set_cap(o: object) -> int:
    return load_i32(set_object(o) + 16)


def set_state(o: object, slot: int) -> int:
    """0 for an unused slot of a set box's set, 1 for a removed element's, 2 for an element's."""
    return load_i32(load_i32(set_object(o) + 4) + 4 * slot)


def set_key(o: object, slot: int) -> object:
    return obj_at(load_i32(load_i32(set_object(o)) + 4 * slot))


def set_find(o: object, key: object) -> int:
    """The slot of a set box's set holding an element equal to key, or -1: CPython's probe, as
    krait_lower's `set_probe` makes it."""
    h = obj_hash(key)
    mask = set_cap(o) - 1
    hashes = load_i32(set_object(o) + 8)
    i = h & mask
    perturb = h
    while True:
        last = i
        if i + 9 <= mask:
            last = i + 9
        slot = i
        while slot <= last:
            state = set_state(o, slot)
            if state == 0:
                return -1
            if state == 2 and load_i64(hashes + 8 * slot) == h:
                if obj_compare(CMP_EQ, set_key(o, slot), key):
                    return slot
            slot += 1
        perturb = shr_u(perturb, 5)
        i = (i * 5 + 1 + perturb) & mask
    return -1


def set_next(o: object, slot: int) -> int:
    """The first slot of a set box's set at or after `slot` holding an element, or -1."""
    while slot < set_cap(o):
        if set_state(o, slot) == 2:
            return slot
        slot += 1
    return -1


def obj_set_repr(o: object) -> str:
    if set_len(o) == 0:
        return "set()"
    text = "{"
    slot = set_next(o, 0)
    while slot >= 0:
        if str_size(text) > 1:
            text = str_concat(text, ", ")
        text = str_concat(text, obj_repr(set_key(o, slot)))
        slot = set_next(o, slot + 1)
    return str_concat(text, "}")


def set_within(a: object, b: object) -> bool:
    """Whether every element of set box a is in set box b."""
    slot = set_next(a, 0)
    while slot >= 0:
        if set_find(b, set_key(a, slot)) < 0:
            return False
        slot = set_next(a, slot + 1)
    return True


def compare_sets(op: int, a: object, b: object) -> bool:
    """Sets' ==, != and subset tests."""
    na = set_len(a)
    nb = set_len(b)
    if op == CMP_EQ:
        return na == nb and set_within(a, b)
    if op == CMP_NE:
        return not (na == nb and set_within(a, b))
    if op == CMP_LT:
        return na < nb and set_within(a, b)
    if op == CMP_LE:
        return na <= nb and set_within(a, b)
    if op == CMP_GT:
        return na > nb and set_within(b, a)
    return na >= nb and set_within(b, a)


def obj_dict_repr(o: object) -> str:
    text = "{"
    first = True
    e = 0
    while e < dict_used(o):
        if dict_live(o, e):
            if not first:
                text = str_concat(text, ", ")
            first = False
            text = str_concat(text, obj_repr(dict_key(o, e)))
            text = str_concat(text, ": ")
            text = str_concat(text, obj_repr(dict_value(o, e)))
        e += 1
    return str_concat(text, "}")


def compare_dicts(op: int, a: object, b: object) -> bool:
    """== and != of dicts: the same keys with equal values."""
    if op != CMP_EQ and op != CMP_NE:
        raise_(
            "TypeError: '"
            + cmp_symbol(op)
            + "' not supported between instances of 'dict' and 'dict'"
        )
    equal = obj_len(a) == obj_len(b)
    e = 0
    while equal and e < dict_used(a):
        if dict_live(a, e):
            found = dict_find(b, dict_key(a, e))
            if found < 0 or not obj_compare(CMP_EQ, dict_value(a, e), dict_value(b, found)):
                equal = False
        e += 1
    if op == CMP_EQ:
        return equal
    return not equal


def items_repr(o: object, open: str, close: str) -> str:
    """The reprs of a list's or a tuple's items, between `open` and `close`."""
    n = list_len(o)
    text = open
    i = 0
    while i < n:
        if i > 0:
            text = str_concat(text, ", ")
        text = str_concat(text, obj_repr(list_item(o, i)))
        i += 1
    return str_concat(text, close)


def obj_list_repr(o: object) -> str:
    return items_repr(o, "[", "]")


def obj_tuple_repr(o: object) -> str:
    if list_len(o) == 1:
        return items_repr(o, "(", ",)")
    return items_repr(o, "(", ")")


def is_sequence(tag: int) -> bool:
    """A list or a tuple, laid out alike."""
    return tag == TAG_LIST or tag == TAG_TUPLE


def tuple_box(n: int) -> object:
    """A new tuple of n dynamic values, all None (a list box retagged)."""
    b = list_box(n)
    header = obj_addr(b) - 4
    store_i32(header, load_i32(header) % 65536 + TAG_TUPLE * 65536)
    return b


def obj_str(o: object) -> str:
    tag = obj_tag(o)
    if tag == TAG_STR:
        return obj_text(o)
    if tag == TAG_LIST:
        return obj_list_repr(o)
    if tag == TAG_TUPLE:
        return obj_tuple_repr(o)
    if tag == TAG_DICT:
        return obj_dict_repr(o)
    if tag == TAG_SET:
        return obj_set_repr(o)
    if tag == TAG_INT:
        return int_str(obj_int(o))
    if tag == TAG_FLOAT:
        return float_repr(obj_float(o))
    if tag == TAG_BOOL:
        return "True" if obj_int(o) != 0 else "False"
    if tag >= TAG_INSTANCE:
        return instance_text(o, False)
    return "None"


def obj_repr(o: object) -> str:
    tag = obj_tag(o)
    if tag == TAG_STR:
        return str_repr(obj_text(o))
    if tag >= TAG_INSTANCE:
        return instance_text(o, True)
    return obj_str(o)


def obj_truth(o: object) -> bool:
    tag = obj_tag(o)
    if tag == TAG_STR:
        return str_size(obj_text(o)) != 0
    if is_sequence(tag):
        return list_len(o) != 0
    if tag == TAG_DICT or tag == TAG_SET:
        return obj_len(o) != 0
    if tag == TAG_FLOAT:
        return obj_float(o) != 0.0
    if tag == TAG_NONE:
        return False
    if tag >= TAG_INSTANCE:
        if instance_defines(o, SPECIAL_BOOL):
            return instance_special(SPECIAL_BOOL, o, o) != 0
        if instance_defines(o, SPECIAL_LEN):
            return instance_len(o) != 0
        return True
    return obj_int(o) != 0


def instance_len(o: object) -> int:
    """len(o) of an instance whose class defines `__len__`."""
    n = instance_special(SPECIAL_LEN, o, o)
    if n < 0:
        raise_("ValueError: __len__() should return >= 0")
    return n


def obj_format(o: object, spec: str) -> str:
    """`format(o, spec)`: f-strings' `{o:spec}`."""
    tag = obj_tag(o)
    if tag == TAG_INT:
        return format_int(obj_int(o), spec, False)
    if tag == TAG_BOOL:
        return format_int(obj_int(o), spec, True)
    if tag == TAG_FLOAT:
        return format_float(obj_float(o), spec)
    if tag == TAG_STR:
        return format_str(obj_text(o), spec)
    if str_size(spec) != 0:
        raise_("TypeError: unsupported format string passed to " + tag_name(tag) + ".__format__")
    return obj_str(o)


def obj_hash(o: object) -> int:
    """hash(o): CPython's for numbers, so that 1, 1.0 and True are one dict key."""
    tag = obj_tag(o)
    if tag == TAG_STR:
        return str_hash(obj_text(o))
    if tag == TAG_LIST or tag == TAG_DICT or tag == TAG_SET:
        raise_("TypeError: unhashable type: '" + tag_name(tag) + "'")
    if tag == TAG_TUPLE:
        return tuple_hash(o)
    if tag == TAG_FLOAT:
        return hash_float(obj_float(o))
    if tag == TAG_NONE:
        return 1531
    if tag >= TAG_INSTANCE:
        if instance_defines(o, SPECIAL_HASH):
            h = instance_special(SPECIAL_HASH, o, o)
            if h == -1:
                return -2
            return h
        # A class that defines `__eq__` without `__hash__` is unhashable.
        if instance_defines(o, CMP_EQ):
            raise_("TypeError: unhashable type: '" + tag_name(tag) + "'")
        # By identity, as CPython's (the address, which differs from CPython's).
        return obj_addr(o) // 8
    return hash_int(obj_int(o))


def tuple_hash(o: object) -> int:
    """CPython's tuplehash (xxHash's round over the items' hashes)."""
    acc = 2870177450012600261
    n = list_len(o)
    i = 0
    while i < n:
        lane = obj_hash(list_item(o, i))
        acc = wrap_add(acc, wrap_mul(lane, -4417276706812531889))
        acc = shr_u(acc, 33) + wrap_mul(acc % 8589934592, 2147483648)
        acc = wrap_mul(acc, -7046029288634856825)
        i += 1
    acc = wrap_add(acc, n ^ (2870177450012600261 ^ 3527539))
    if acc == -1:
        return 1546275796
    return acc


def op_symbol(op: int) -> str:
    if op == OP_ADD:
        return "+"
    if op == OP_SUB:
        return "-"
    if op == OP_MUL:
        return "*"
    if op == OP_DIV:
        return "/"
    if op == OP_FLOORDIV:
        return "//"
    if op == OP_MOD:
        return "%"
    if op == OP_POW:
        return "** or pow()"
    if op == OP_LSHIFT:
        return "<<"
    if op == OP_RSHIFT:
        return ">>"
    if op == OP_AND:
        return "&"
    if op == OP_OR:
        return "|"
    return "^"


def unsupported_operands(op: int, in_place: bool, a: object, b: object) -> None:
    symbol = op_symbol(op)
    if in_place:
        symbol = "**=" if op == OP_POW else symbol + "="
    raise_(
        "TypeError: unsupported operand type(s) for "
        + symbol
        + ": '"
        + tag_name(obj_tag(a))
        + "' and '"
        + tag_name(obj_tag(b))
        + "'"
    )


def int_binary(op: int, x: int, y: int) -> object:
    if op == OP_ADD:
        return box_int(x + y)
    if op == OP_SUB:
        return box_int(x - y)
    if op == OP_MUL:
        return box_int(x * y)
    if op == OP_DIV:
        return box_float(x / y)
    if op == OP_FLOORDIV:
        return box_int(x // y)
    if op == OP_MOD:
        return box_int(x % y)
    if op == OP_POW:
        if y < 0:
            return box_float(int_pow_negative(x, y))
        return box_int(int_pow(x, y))
    if op == OP_LSHIFT:
        return box_int(x << y)
    if op == OP_RSHIFT:
        return box_int(x >> y)
    if op == OP_AND:
        return box_int(x & y)
    if op == OP_OR:
        return box_int(x | y)
    return box_int(x ^ y)


def float_binary(op: int, x: float, y: float) -> object:
    if op == OP_ADD:
        return box_float(x + y)
    if op == OP_SUB:
        return box_float(x - y)
    if op == OP_MUL:
        return box_float(x * y)
    if op == OP_DIV:
        return box_float(x / y)
    if op == OP_FLOORDIV:
        return box_float(x // y)
    if op == OP_MOD:
        return box_float(x % y)
    return box_float(x**y)


def obj_binary(code: int, a: object, b: object) -> object:
    """`a op b` by the types the operands have; `code` is the operator's number, plus
    OP_IN_PLACE for an augmented assignment."""
    op = code % OP_IN_PLACE
    in_place = code >= OP_IN_PLACE
    ta = obj_tag(a)
    tb = obj_tag(b)
    # An instance's operator method first, then the other operand's reflected one (unless both
    # are of one class), as CPython's slots call them.
    if ta >= TAG_INSTANCE and instance_defines(a, SPECIAL_BINARY + op):
        return instance_special_object(SPECIAL_BINARY + op, a, b)
    if tb >= TAG_INSTANCE and tb != ta and instance_defines(b, SPECIAL_REFLECTED + op):
        return instance_special_object(SPECIAL_REFLECTED + op, b, a)
    if is_integral(ta) and is_integral(tb):
        x = obj_int(a)
        y = obj_int(b)
        if ta == TAG_BOOL and tb == TAG_BOOL and (op == OP_AND or op == OP_OR or op == OP_XOR):
            if op == OP_AND:
                return box_bool(x & y != 0)
            if op == OP_OR:
                return box_bool(x | y != 0)
            return box_bool(x ^ y != 0)
        return int_binary(op, x, y)
    if is_number(ta) and is_number(tb) and op <= OP_POW:
        fx = 0.0
        fy = 0.0
        if ta == TAG_FLOAT:
            fx = obj_float(a)
        else:
            fx = float(obj_int(a))
        if tb == TAG_FLOAT:
            fy = obj_float(b)
        else:
            fy = float(obj_int(b))
        return float_binary(op, fx, fy)
    if ta == TAG_LIST or tb == TAG_LIST:
        return list_binary(op, in_place, a, b)
    if ta == TAG_TUPLE or tb == TAG_TUPLE:
        return tuple_binary(op, in_place, a, b)
    if ta == TAG_STR and tb == TAG_STR and op == OP_ADD:
        return box_str(str_concat(obj_text(a), obj_text(b)))
    if op == OP_MUL and ta == TAG_STR and is_integral(tb):
        return box_str(str_repeat(obj_text(a), obj_int(b)))
    if op == OP_MUL and tb == TAG_STR and is_integral(ta):
        return box_str(str_repeat(obj_text(b), obj_int(a)))
    if op == OP_ADD and ta == TAG_STR:
        raise_('TypeError: can only concatenate str (not "' + tag_name(tb) + '") to str')
    if op == OP_MUL and ta == TAG_STR:
        raise_("TypeError: can't multiply sequence by non-int of type '" + tag_name(tb) + "'")
    if op == OP_MUL and tb == TAG_STR:
        raise_("TypeError: can't multiply sequence by non-int of type '" + tag_name(ta) + "'")
    if op == OP_MOD and ta == TAG_STR:
        raise_("NotImplementedError: `%` formatting of a str that krait only knows at run time")
    unsupported_operands(op, in_place, a, b)
    return a


def list_binary(op: int, in_place: bool, a: object, b: object) -> object:
    """`+` and `*` of lists (of dynamic values); an augmented assignment changes the list."""
    ta = obj_tag(a)
    tb = obj_tag(b)
    result = a
    if op == OP_ADD and ta == TAG_LIST and tb == TAG_LIST:
        result = concat_items(list_box(list_len(a) + list_len(b)), a, b)
    elif op == OP_MUL and ta == TAG_LIST and is_integral(tb):
        result = repeat_list(a, obj_int(b))
    elif op == OP_MUL and tb == TAG_LIST and is_integral(ta):
        result = repeat_list(b, obj_int(a))
    elif op == OP_ADD and ta == TAG_LIST:
        raise_('TypeError: can only concatenate list (not "' + tag_name(tb) + '") to list')
    elif op == OP_MUL and (ta == TAG_LIST or tb == TAG_LIST):
        other = ta
        if ta == TAG_LIST:
            other = tb
        raise_("TypeError: can't multiply sequence by non-int of type '" + tag_name(other) + "'")
    else:
        unsupported_operands(op, in_place, a, b)
    if in_place and ta == TAG_LIST:
        # The list itself takes the result's elements.
        target = load_i32(obj_addr(a))
        source = load_i32(obj_addr(result))
        store_i32(target, load_i32(source))
        store_i32(target + 4, load_i32(source + 4))
        store_i32(target + 8, load_i32(source + 8))
        return a
    return result


def concat_items(result: object, a: object, b: object) -> object:
    """Fills `result` (a list or tuple as long as both) with a's items, then b's."""
    n = list_len(a)
    copy_items(result, 0, a, n)
    copy_items(result, n, b, list_len(b))
    return result


def copy_items(target: object, at: int, source: object, n: int) -> None:
    """The first n elements of source's list into target's from index at."""
    into = load_i32(load_i32(obj_addr(target))) + 4 * at
    items = load_i32(load_i32(obj_addr(source)))
    copy(into, items, 4 * n)


def tuple_binary(op: int, in_place: bool, a: object, b: object) -> object:
    """`+` and `*` of tuples (of dynamic values): new tuples."""
    ta = obj_tag(a)
    tb = obj_tag(b)
    if op == OP_ADD and ta == TAG_TUPLE and tb == TAG_TUPLE:
        return concat_items(tuple_box(list_len(a) + list_len(b)), a, b)
    if op == OP_MUL and (is_integral(ta) or is_integral(tb)):
        t = a
        times = b
        if ta != TAG_TUPLE:
            t = b
            times = a
        return repeat_items(tuple_box(list_len(t) * max(obj_int(times), 0)), t)
    if op == OP_ADD and ta == TAG_TUPLE:
        raise_('TypeError: can only concatenate tuple (not "' + tag_name(tb) + '") to tuple')
    if op == OP_MUL:
        other = ta
        if ta == TAG_TUPLE:
            other = tb
        raise_("TypeError: can't multiply sequence by non-int of type '" + tag_name(other) + "'")
    unsupported_operands(op, in_place, a, b)
    return a


def repeat_list(o: object, times: int) -> object:
    return repeat_items(list_box(list_len(o) * max(times, 0)), o)


def repeat_items(result: object, o: object) -> object:
    """Fills `result` (a list or tuple as long as a whole number of o's) with o's items, again
    and again."""
    n = list_len(o)
    k = 0
    while k * n < list_len(result):
        copy_items(result, k * n, o, n)
        k += 1
    return result


def obj_negative(o: object) -> object:
    tag = obj_tag(o)
    if tag >= TAG_INSTANCE and instance_defines(o, SPECIAL_NEG):
        return instance_special_object(SPECIAL_NEG, o, o)
    if is_integral(tag):
        return box_int(0 - obj_int(o))
    if tag == TAG_FLOAT:
        return box_float(-obj_float(o))
    raise_("TypeError: bad operand type for unary -: '" + tag_name(tag) + "'")
    return o


def obj_positive(o: object) -> object:
    tag = obj_tag(o)
    if tag >= TAG_INSTANCE and instance_defines(o, SPECIAL_POS):
        return instance_special_object(SPECIAL_POS, o, o)
    if tag == TAG_BOOL:
        return box_int(obj_int(o))
    if is_number(tag):
        return o
    raise_("TypeError: bad operand type for unary +: '" + tag_name(tag) + "'")
    return o


def obj_invert(o: object) -> object:
    tag = obj_tag(o)
    if tag >= TAG_INSTANCE and instance_defines(o, SPECIAL_INVERT):
        return instance_special_object(SPECIAL_INVERT, o, o)
    if is_integral(tag):
        return box_int(~obj_int(o))
    raise_("TypeError: bad operand type for unary ~: '" + tag_name(tag) + "'")
    return o


def ordered(op: int, c: int) -> bool:
    """Whether operands that compare as `c` (-1, 0 or 1) satisfy `op`."""
    if op == CMP_EQ:
        return c == 0
    if op == CMP_NE:
        return c != 0
    if op == CMP_LT:
        return c < 0
    if op == CMP_LE:
        return c <= 0
    if op == CMP_GT:
        return c > 0
    return c >= 0


def compare_floats(op: int, x: float, y: float) -> bool:
    if op == CMP_EQ:
        return x == y
    if op == CMP_NE:
        return x != y
    if op == CMP_LT:
        return x < y
    if op == CMP_LE:
        return x <= y
    if op == CMP_GT:
        return x > y
    return x >= y


def cmp_symbol(op: int) -> str:
    if op == CMP_LT:
        return "<"
    if op == CMP_LE:
        return "<="
    if op == CMP_GT:
        return ">"
    return ">="


def obj_compare(op: int, a: object, b: object) -> bool:
    """`a op b` for ==, !=, <, <=, > and >=."""
    ta = obj_tag(a)
    tb = obj_tag(b)
    if is_integral(ta) and is_integral(tb):
        x = obj_int(a)
        y = obj_int(b)
        c = 0
        if x < y:
            c = -1
        elif x > y:
            c = 1
        return ordered(op, c)
    if ta == TAG_FLOAT and tb == TAG_FLOAT:
        return compare_floats(op, obj_float(a), obj_float(b))
    # An int meets a float as a float, as in compiled code of known types.
    if ta == TAG_FLOAT and is_integral(tb):
        return compare_floats(op, obj_float(a), float(obj_int(b)))
    if is_integral(ta) and tb == TAG_FLOAT:
        return compare_floats(op, float(obj_int(a)), obj_float(b))
    if (ta == TAG_LIST and tb == TAG_LIST) or (ta == TAG_TUPLE and tb == TAG_TUPLE):
        return compare_lists(op, a, b)
    if ta == TAG_DICT and tb == TAG_DICT:
        return compare_dicts(op, a, b)
    if ta == TAG_SET and tb == TAG_SET:
        return compare_sets(op, a, b)
    if ta == TAG_STR and tb == TAG_STR:
        if op == CMP_EQ:
            return str_eq(obj_text(a), obj_text(b))
        if op == CMP_NE:
            return not str_eq(obj_text(a), obj_text(b))
        return ordered(op, str_compare(obj_text(a), obj_text(b)))
    if ta >= TAG_INSTANCE or tb >= TAG_INSTANCE:
        c = instance_compare(op, a, b)
        if c >= 0:
            return c != 0
    # Other values are equal when they are one object (None is address 0).
    if op == CMP_EQ:
        return obj_addr(a) == obj_addr(b)
    if op == CMP_NE:
        return obj_addr(a) != obj_addr(b)
    raise_(
        "TypeError: '"
        + cmp_symbol(op)
        + "' not supported between instances of '"
        + tag_name(ta)
        + "' and '"
        + tag_name(tb)
        + "'"
    )
    return False


def reflected(op: int) -> int:
    """The comparison `b ? a` that `a op b` tries when `a` has no method for it."""
    if op == CMP_LT:
        return CMP_GT
    if op == CMP_GT:
        return CMP_LT
    if op == CMP_LE:
        return CMP_GE
    if op == CMP_GE:
        return CMP_LE
    return op


def instance_compare(op: int, a: object, b: object) -> int:
    """`a op b` by the special method of an instance among them, `a`'s first: 1 or 0, or -1
    when neither has one."""
    if obj_tag(a) >= TAG_INSTANCE:
        c = own_comparison(op, a, b)
        if c >= 0:
            return c
    if obj_tag(b) >= TAG_INSTANCE:
        return own_comparison(reflected(op), b, a)
    return -1


def own_comparison(op: int, a: object, b: object) -> int:
    """`a op b` by a method of the instance `a` (`!=` by `__eq__` when it has no `__ne__`): 1
    or 0, or -1 when it has none."""
    if instance_defines(a, op):
        return instance_special(op, a, b)
    if op == CMP_NE and instance_defines(a, CMP_EQ):
        return 1 - instance_special(CMP_EQ, a, b)
    return -1


def compare_lists(op: int, a: object, b: object) -> bool:
    """Lists compare element by element, then by length."""
    n = list_len(a)
    m = list_len(b)
    i = 0
    while i < n and i < m:
        x = list_item(a, i)
        y = list_item(b, i)
        if not obj_compare(CMP_EQ, x, y):
            if op == CMP_EQ:
                return False
            if op == CMP_NE:
                return True
            return obj_compare(op, x, y)
        i += 1
    c = 0
    if n < m:
        c = -1
    elif n > m:
        c = 1
    return ordered(op, c)


def obj_to_int(o: object) -> int:
    """int(o)."""
    tag = obj_tag(o)
    if is_integral(tag):
        return obj_int(o)
    if tag == TAG_FLOAT:
        return float_to_int(obj_float(o))
    if tag == TAG_STR:
        return str_to_int(obj_text(o))
    raise_(
        "TypeError: int() argument must be a string, a bytes-like object or a real number, "
        + "not '"
        + tag_name(tag)
        + "'"
    )
    return 0


def obj_to_float(o: object) -> float:
    """float(o)."""
    tag = obj_tag(o)
    if is_integral(tag):
        return float(obj_int(o))
    if tag == TAG_FLOAT:
        return obj_float(o)
    if tag == TAG_STR:
        return str_to_float(obj_text(o))
    raise_("TypeError: float() argument must be a string or a real number, not '" + tag_name(tag) + "'")
    return 0.0



def obj_abs(o: object) -> object:
    tag = obj_tag(o)
    if tag >= TAG_INSTANCE and instance_defines(o, SPECIAL_ABS):
        return instance_special_object(SPECIAL_ABS, o, o)
    if is_integral(tag):
        n = obj_int(o)
        if n < 0:
            return box_int(0 - n)
        return box_int(n)
    if tag == TAG_FLOAT:
        return box_float(abs(obj_float(o)))
    raise_("TypeError: bad operand type for abs(): '" + tag_name(tag) + "'")
    return o


def obj_round(o: object) -> int:
    """round(o)."""
    tag = obj_tag(o)
    if is_integral(tag):
        return obj_int(o)
    if tag == TAG_FLOAT:
        return float_round(obj_float(o))
    raise_("TypeError: type " + tag_name(tag) + " doesn't define __round__ method")
    return 0


def obj_round_digits(o: object, ndigits: int) -> object:
    """round(o, ndigits): an int stays an int."""
    tag = obj_tag(o)
    if is_integral(tag):
        return box_int(int_round(obj_int(o), ndigits))
    if tag == TAG_FLOAT:
        return box_float(float_round_digits(obj_float(o), ndigits))
    raise_("TypeError: type " + tag_name(tag) + " doesn't define __round__ method")
    return o


def obj_real(o: object) -> float:
    """A number for the math functions of floats."""
    tag = obj_tag(o)
    if is_integral(tag):
        return float(obj_int(o))
    if tag == TAG_FLOAT:
        return obj_float(o)
    raise_("TypeError: must be real number, not " + tag_name(tag))
    return 0.0


def obj_to_integral(o: object, mode: int) -> int:
    """math.floor (mode 0), math.ceil (1) or math.trunc (2) of a number."""
    tag = obj_tag(o)
    if is_integral(tag):
        return obj_int(o)
    if tag != TAG_FLOAT:
        raise_("TypeError: must be real number, not " + tag_name(tag))
    x = obj_float(o)
    if mode == 0:
        return float_to_int(floor_f64(x))
    if mode == 1:
        return float_to_int(0.0 - floor_f64(0.0 - x))
    return float_to_int(x)


def obj_type_name(o: object) -> str:
    """type(o).__name__."""
    return tag_name(obj_tag(o))


def obj_use_error(o: object, before: str, after: str) -> None:
    """Raises the exception of a use that takes another type than o's, which it names."""
    raise_(before + tag_name(obj_tag(o)) + after)


def obj_percent_int(o: object) -> int:
    """The int `%d` formats."""
    tag = obj_tag(o)
    if is_integral(tag):
        return obj_int(o)
    if tag == TAG_FLOAT:
        return float_to_int(obj_float(o))
    raise_("TypeError: %d format: a real number is required, not " + tag_name(tag))
    return 0


def obj_len(o: object) -> int:
    """len(o) of a str, a list, a tuple, a dict or a set."""
    tag = obj_tag(o)
    if tag == TAG_STR:
        return load_i32(str_addr(obj_text(o)) - 4)
    if is_sequence(tag):
        return list_len(o)
    if tag == TAG_DICT:
        return load_i32(load_i32(obj_addr(o)) + 16)
    if tag == TAG_SET:
        return set_len(o)
    if tag >= TAG_INSTANCE and instance_defines(o, SPECIAL_LEN):
        return instance_len(o)
    raise_("TypeError: object of type '" + tag_name(tag) + "' has no len()")
    return 0


def is_sequence_instance(o: object) -> bool:
    """Whether o is an instance that iterates by index as a tuple (a namedtuple's)."""
    return obj_tag(o) >= TAG_INSTANCE and instance_defines(o, SPECIAL_SEQUENCE)


def is_iterable(o: object) -> bool:
    """Whether the runtime's loops take o: a str, a list, a tuple, a dict, a set or a
    namedtuple's instance."""
    tag = obj_tag(o)
    return tag == TAG_STR or tag == TAG_DICT or tag == TAG_SET or is_sequence(tag) or is_sequence_instance(o)


def obj_iter_start(o: object) -> int:
    """Starts a `for` loop over o, a str, a list, a tuple, a dict, a set or a namedtuple's
    instance: the size a dict or a set must keep while it runs (-1 for the others)."""
    tag = obj_tag(o)
    if tag == TAG_DICT or tag == TAG_SET:
        return obj_len(o)
    if not is_iterable(o):
        raise_("TypeError: '" + tag_name(tag) + "' object is not iterable")
    return -1


def obj_iter_next(o: object, position: int, size: int) -> int:
    """The position of the next item of a loop over o at or after `position` (a str's byte
    offset, a list's index, a dict's entry, a set's slot), or -1 when there is none."""
    tag = obj_tag(o)
    if tag == TAG_SET:
        if set_len(o) != size:
            raise_("RuntimeError: Set changed size during iteration")
        return set_next(o, position)
    if tag == TAG_DICT:
        if obj_len(o) != size:
            raise_("RuntimeError: dictionary changed size during iteration")
        while position < dict_used(o) and not dict_live(o, position):
            position += 1
        if position < dict_used(o):
            return position
        return -1
    if tag == TAG_STR:
        if position < str_size(obj_text(o)):
            return position
        return -1
    if tag >= TAG_INSTANCE:
        if position < instance_len(o):
            return position
        return -1
    if position < list_len(o):
        return position
    return -1


def obj_unpack(o: object, n: int) -> object:
    """The n items iterating o gives, as a list box, for `a, b = o`; CPython's exceptions when o
    gives another number of them or is not iterable."""
    tag = obj_tag(o)
    if not is_iterable(o):
        raise_("TypeError: cannot unpack non-iterable " + tag_name(tag) + " object")
    items = list_box(n)
    size = obj_iter_start(o)
    count = 0
    position = obj_iter_next(o, 0, size)
    while position >= 0:
        if count == n:
            raise_("ValueError: too many values to unpack (expected " + int_str(n) + ")")
        item = obj_iter_item(o, position)
        store_i32(load_i32(load_i32(obj_addr(items))) + 4 * count, obj_addr(item))
        count += 1
        position = obj_iter_next(o, obj_iter_after(o, position), size)
    if count < n:
        raise_(
            "ValueError: not enough values to unpack (expected "
            + int_str(n)
            + ", got "
            + int_str(count)
            + ")"
        )
    return items


def obj_iter_list(o: object) -> object:
    """A new list box of what iterating o gives, for a builtin that takes it whole."""
    size = obj_iter_start(o)
    n = 0
    position = obj_iter_next(o, 0, size)
    while position >= 0:
        n += 1
        position = obj_iter_next(o, obj_iter_after(o, position), size)
    items = list_box(n)
    i = 0
    position = obj_iter_next(o, 0, size)
    while position >= 0 and i < n:
        item = obj_iter_item(o, position)
        store_i32(load_i32(load_i32(obj_addr(items))) + 4 * i, obj_addr(item))
        i += 1
        position = obj_iter_next(o, obj_iter_after(o, position), size)
    return items


def obj_slice(o: object, start: int, stop: int, step: int, has_start: bool, has_stop: bool) -> object:
    """o[start:stop:step] of a str, a list or a tuple: a new one of the same type."""
    tag = obj_tag(o)
    if tag == TAG_STR:
        return box_str(str_slice(obj_text(o), start, stop, step, has_start, has_stop))
    if tag == TAG_DICT:
        # A dict looks the slice up as a key.
        raise_("TypeError: unhashable type: 'slice'")
    if not is_sequence(tag):
        raise_("TypeError: '" + tag_name(tag) + "' object is not subscriptable")
    count = slice_adjust(list_len(o), start, stop, step, has_start, has_stop)
    first = slice_first
    result = tuple_box(count) if tag == TAG_TUPLE else list_box(count)
    items = load_i32(load_i32(obj_addr(result)))
    k = 0
    while k < count:
        store_i32(items + 4 * k, obj_addr(list_item(o, first + k * step)))
        k += 1
    return result


def obj_iter_item(o: object, position: int) -> object:
    """The item of a loop over o at `position`: a str's character, a list's element, a dict's
    key, a set's element."""
    tag = obj_tag(o)
    if tag == TAG_DICT:
        return dict_key(o, position)
    if tag == TAG_SET:
        return set_key(o, position)
    if tag == TAG_STR:
        return box_str(str_char_at(obj_text(o), position))
    if tag >= TAG_INSTANCE:
        return instance_special_object(SPECIAL_GETITEM, o, box_int(position))
    return list_item(o, position)


def obj_iter_after(o: object, position: int) -> int:
    """The position after the item of a loop over o at `position`."""
    if obj_tag(o) == TAG_STR:
        return position + char_len(load_u8(str_addr(obj_text(o)) + position))
    return position + 1


def obj_getitem(o: object, key: object) -> object:
    """o[key] of a str, a list, a dict or an instance whose class defines `__getitem__`."""
    tag = obj_tag(o)
    if tag >= TAG_INSTANCE and instance_defines(o, SPECIAL_GETITEM):
        return instance_special_object(SPECIAL_GETITEM, o, key)
    if tag == TAG_DICT:
        found = dict_find(o, key)
        if found < 0:
            raise_("KeyError: " + obj_repr(key))
        return dict_value(o, found)
    if tag != TAG_STR and not is_sequence(tag):
        raise_("TypeError: '" + tag_name(tag) + "' object is not subscriptable")
    if not is_integral(obj_tag(key)):
        if tag == TAG_STR:
            raise_("TypeError: string indices must be integers, not '" + tag_name(obj_tag(key)) + "'")
        raise_(
            "TypeError: "
            + tag_name(tag)
            + " indices must be integers or slices, not "
            + tag_name(obj_tag(key))
        )
    index = obj_int(key)
    if tag == TAG_STR:
        return box_str(str_get(obj_text(o), index))
    n = list_len(o)
    if index < 0:
        index += n
    if index < 0 or index >= n:
        raise_("IndexError: " + tag_name(tag) + " index out of range")
    return list_item(o, index)


def obj_contains(item: object, o: object) -> bool:
    """item in o, of a str, a list, a tuple, a dict or a set."""
    tag = obj_tag(o)
    if tag == TAG_STR:
        if obj_tag(item) != TAG_STR:
            raise_(
                "TypeError: 'in <string>' requires string as left operand, not "
                + tag_name(obj_tag(item))
            )
        return str_contains(obj_text(o), obj_text(item))
    if tag == TAG_DICT:
        return dict_find(o, item) >= 0
    if tag == TAG_SET:
        return set_find(o, item) >= 0
    if tag >= TAG_INSTANCE and instance_defines(o, SPECIAL_CONTAINS):
        return instance_special(SPECIAL_CONTAINS, o, item) != 0
    if not is_iterable(o):
        raise_("TypeError: argument of type '" + tag_name(tag) + "' is not iterable")
    size = obj_iter_start(o)
    position = obj_iter_next(o, 0, size)
    while position >= 0:
        if obj_compare(CMP_EQ, obj_iter_item(o, position), item):
            return True
        position = obj_iter_next(o, obj_iter_after(o, position), size)
    return False


def obj_join(sep: str, items: int, n: int) -> str:
    """`sep.join(values)` for the `n` dynamic values whose addresses are at `items` (a list's
    buffer), each of which must be a str."""
    i = 0
    while i < n:
        tag = obj_tag(obj_at(load_i32(items + 4 * i)))
        if tag != TAG_STR:
            raise_(
                "TypeError: sequence item "
                + int_str(i)
                + ": expected str instance, "
                + tag_name(tag)
                + " found"
            )
        i += 1
    text = ""
    i = 0
    while i < n:
        if i > 0:
            text = str_concat(text, sep)
        text = str_concat(text, obj_text(obj_at(load_i32(items + 4 * i))))
        i += 1
    return text


def obj_join_value(sep: str, o: object) -> str:
    """`sep.join(o)` of a dynamic value: a list, tuple, dict or set of strs, or a str (its code
    points)."""
    tag = obj_tag(o)
    if tag == TAG_DICT or tag == TAG_SET:
        o = obj_iter_list(o)
        tag = TAG_LIST
    if is_sequence(tag):
        return obj_join(sep, load_i32(load_i32(obj_addr(o))), list_len(o))
    if tag != TAG_STR:
        raise_("TypeError: can only join an iterable")
    s = obj_text(o)
    n = n_chars(s)
    text = ""
    i = 0
    while i < n:
        if i > 0:
            text = str_concat(text, sep)
        text = str_concat(text, str_get(s, i))
        i += 1
    return text


# bytes: laid out as a str whose length in chars is its length in bytes (see krait_types'
# `Ty::Bytes`), so the str functions compare, hash, concatenate, repeat and search them.


def bytes_repr(b: str) -> str:
    """repr(b): b'...' (or b"..." when it holds ' and no "), printable ASCII as it is,
    \\t \\n \\r and the quote escaped, other bytes as \\xhh."""
    size = str_size(b)
    base = str_addr(b)
    quote = 39
    if find_byte(b, 39) >= 0 and find_byte(b, 34) < 0:
        quote = 34
    n = 3
    i = 0
    while i < size:
        n += bytes_escape_size(load_u8(base + i), quote)
        i += 1
    result = str_new(n, n)
    out = str_addr(result)
    store_u8(out, 98)
    store_u8(out + 1, quote)
    k = 2
    i = 0
    while i < size:
        c = load_u8(base + i)
        width = bytes_escape_size(c, quote)
        if width == 1:
            store_u8(out + k, c)
        elif width == 2:
            store_u8(out + k, 92)
            escaped = c
            if c == 9:
                escaped = 116
            elif c == 10:
                escaped = 110
            elif c == 13:
                escaped = 114
            store_u8(out + k + 1, escaped)
        else:
            store_u8(out + k, 92)
            store_u8(out + k + 1, 120)
            store_u8(out + k + 2, hex_digit(c // 16))
            store_u8(out + k + 3, hex_digit(c % 16))
        k += width
        i += 1
    store_u8(out + k, quote)
    return result


def bytes_escape_size(c: int, quote: int) -> int:
    """How many characters byte c takes in a bytes repr quoted by `quote`."""
    if c == quote or c == 92 or c == 9 or c == 10 or c == 13:
        return 2
    if c < 32 or c > 126:
        return 4
    return 1


def str_encode(s: str) -> str:
    """s.encode(): its UTF-8 bytes."""
    size = str_size(s)
    result = str_new(size, size)
    copy_short(str_addr(result), str_addr(s), size)
    return result


def utf8_error(b: str, i: int, end: int, reason: str) -> None:
    """Raises CPython's UnicodeDecodeError for the bytes [i, end) of b."""
    where = "byte 0x" + hex_pair(load_u8(str_addr(b) + i)) + " in position " + int_str(i)
    if end - i > 1:
        where = "bytes in position " + int_str(i) + "-" + int_str(end - 1)
    raise_("UnicodeDecodeError: 'utf-8' codec can't decode " + where + ": " + reason)


def hex_pair(c: int) -> str:
    text = str_new(2, 2)
    store_u8(str_addr(text), hex_digit(c // 16))
    store_u8(str_addr(text) + 1, hex_digit(c % 16))
    return text


def bytes_decode(b: str) -> str:
    """b.decode(): the str of its UTF-8 bytes, CPython's UnicodeDecodeError for others."""
    size = str_size(b)
    base = str_addr(b)
    chars = 0
    i = 0
    while i < size:
        c = load_u8(base + i)
        need = 0
        low = 128
        high = 191
        if c < 128:
            need = 0
        elif c >= 194 and c <= 223:
            need = 1
        elif c >= 224 and c <= 239:
            need = 2
            if c == 224:
                low = 160
            if c == 237:
                high = 159
        elif c >= 240 and c <= 244:
            need = 3
            if c == 240:
                low = 144
            if c == 244:
                high = 143
        else:
            utf8_error(b, i, i + 1, "invalid start byte")
        k = 1
        while k <= need:
            if i + k >= size:
                utf8_error(b, i, i + k, "unexpected end of data")
            d = load_u8(base + i + k)
            if d < low or d > high:
                utf8_error(b, i, i + 1, "invalid continuation byte")
            low = 128
            high = 191
            k += 1
        i += need + 1
        chars += 1
    result = str_new(size, chars)
    copy_short(str_addr(result), base, size)
    return result


def bytes_get(b: str, index: int) -> int:
    """b[index]: the byte, an int."""
    size = str_size(b)
    if index < 0:
        index += size
    if index < 0 or index >= size:
        raise_("IndexError: index out of range")
    return load_u8(str_addr(b) + index)


def bytes_slice(b: str, start: int, stop: int, step: int, has_start: bool, has_stop: bool) -> str:
    count = slice_adjust(str_size(b), start, stop, step, has_start, has_stop)
    first = slice_first
    result = str_new(count, count)
    k = 0
    while k < count:
        store_u8(str_addr(result) + k, load_u8(str_addr(b) + first + k * step))
        k += 1
    return result


def bytes_has(b: str, n: int) -> bool:
    """n in b, of an int n."""
    if n < 0 or n > 255:
        raise_("ValueError: byte must be in range(0, 256)")
    return find_byte(b, n) >= 0


def bytes_zeros(n: int) -> str:
    """bytes(n): n zero bytes."""
    if n < 0:
        raise_("ValueError: negative count")
    result = str_new(n, n)
    i = 0
    while i < n:
        store_u8(str_addr(result) + i, 0)
        i += 1
    return result
