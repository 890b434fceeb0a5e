# A module importing itself is a cycle krait cannot order yet.
import circular_import

print("hi")
