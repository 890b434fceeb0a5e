x = 5
name = 'ann'
print(f'{x=}', f'{x + 1 = }', f'{name=}', f'{name=!s}', f'{x=:>4}', f'{x*2=!r:>6}', f'{3.5=:.1f}')
