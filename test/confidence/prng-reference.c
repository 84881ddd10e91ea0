/* The reference for test/confidence/random.test.ts: gcc -O2 prng-reference.c && ./a.out (gcc 12.2). */
/* splitmix64.c (Sebastiano Vigna, 2015, public domain, https://prng.di.unimi.it/splitmix64.c)
   and xoshiro128starstar.c 1.1 (Blackman and Vigna, 2018, public domain). */
#include <stdint.h>
#include <stdio.h>
static uint64_t x;
uint64_t sm_next() { uint64_t z = (x += 0x9e3779b97f4a7c15); z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9; z = (z ^ (z >> 27)) * 0x94d049bb133111eb; return z ^ (z >> 31); }
static inline uint32_t rotl(const uint32_t x, int k) { return (x << k) | (x >> (32 - k)); }
static uint32_t s[4];
uint32_t next(void) { const uint32_t result = rotl(s[1] * 5, 7) * 9; const uint32_t t = s[1] << 9; s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t; s[3] = rotl(s[3], 11); return result; }
int main(void) {
  x = 0; for (int i = 0; i < 3; i++) printf("splitmix64(0) #%d = 0x%016llx\n", i, (unsigned long long) sm_next());
  uint64_t seeds[3] = {1, 2024, 9007199254740991ULL};
  for (int k = 0; k < 3; k++) {
    x = seeds[k]; uint64_t a = sm_next(), b = sm_next();
    s[0] = (uint32_t) a; s[1] = (uint32_t)(a >> 32); s[2] = (uint32_t) b; s[3] = (uint32_t)(b >> 32);
    printf("seed %llu:", (unsigned long long) seeds[k]); for (int i = 0; i < 5; i++) printf(" %u", next()); printf("\n");
  }
}
