# An exception raised while another is handled prints both, CPython's way.


def read_config(text):
    try:
        return int(text)
    except ValueError:
        defaults = {"port": 80}
        return defaults["host"]


print("start")
read_config("eighty")
