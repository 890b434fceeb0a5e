words = "pear"
print(words == "pear", words != "Pear", "a" < "B", "Z" < "a", "abc" < "abcd", "" == "")
print(min("b", "a", "c"), max("apple", "apricot"), "é" > "z", "10" < "9")
print(bool(""), bool(" "), not "", "x" and "y", "" or "default")
