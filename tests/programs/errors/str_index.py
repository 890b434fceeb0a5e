word = "héllo"
print(word[1], word[-1])
print(word[5])
