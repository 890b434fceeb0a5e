# Retrying an operation that fails a few times, with a counter in a class.


class Flaky:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    def fetch(self):
        self.calls += 1
        if self.calls <= self.failures:
            raise ConnectionLike(f"attempt {self.calls} timed out")
        return f"data after {self.calls} calls"


class ConnectionLike(Exception):
    pass


def with_retries(source, limit):
    delay = 1
    for attempt in range(1, limit + 1):
        try:
            return source.fetch()
        except ConnectionLike as e:
            print(f"{e}; waiting {delay}")
            delay *= 2
    raise ConnectionLike(f"gave up after {limit} attempts")


print(with_retries(Flaky(2), 5))
try:
    print(with_retries(Flaky(9), 3))
except ConnectionLike as e:
    print("error:", e)
