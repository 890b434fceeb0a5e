#include <stdio.h>
#include <stdlib.h>

static long long chain_length(long long n) {
    long long steps = 0;
    while (n != 1) {
        if (n % 2 == 0) n = n / 2;
        else n = 3 * n + 1;
        steps++;
    }
    return steps;
}

int main(int argc, char **argv) {
    long long limit = argc > 1 ? atoll(argv[1]) : 300000;
    long long best = 0, best_start = 0;
    for (long long start = 1; start < limit; start++) {
        long long length = chain_length(start);
        if (length > best) { best = length; best_start = start; }
    }
    printf("limit=%lld longest=%lld start=%lld\n", limit, best, best_start);
    return 0;
}
