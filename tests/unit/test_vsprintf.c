/* Unit tests for lib/vsprintf.c, the formatter behind printk and the user
 * runtime's printf.  Its header promises output identical to Linux's, so
 * every well-defined conversion is compared with the host glibc snprintf:
 * the text, the returned length, and truncation in a short buffer. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "unit.h"

/* Format the same arguments with glibc and with the kernel; report the
 * caller's line on any difference in text or return value. */
#define CHECK(...) check_fmt(__FILE__, __LINE__, __VA_ARGS__)
static void __attribute__((format(printf, 3, 4)))
check_fmt(const char *file, int line, const char *fmt, ...)
{
	char want[512], got[512];
	va_list ap, ap2;
	int wn, gn;

	va_start(ap, fmt);
	va_copy(ap2, ap);
	wn = vsnprintf(want, sizeof(want), fmt, ap);
	memset(got, 0x5A, sizeof(got));
	gn = k_vsnprintf(got, sizeof(got), fmt, ap2);
	va_end(ap2);
	va_end(ap);
	if (wn != gn || strcmp(want, got) != 0) {
		print_error("format \"%s\": kernel \"%s\" (returned %d), libc \"%s\" (returned %d)\n",
			    fmt, got, gn, want, wn);
		_fail(file, line);
	}
}

static void test_plain_conversions(void **state)
{
	CHECK("plain text");
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-zero-length"
	CHECK("");
#pragma GCC diagnostic pop
	CHECK("%d", 0);
	CHECK("%d", 42);
	CHECK("%d", -42);
	CHECK("%d", INT_MAX);
	CHECK("%d", INT_MIN);
	CHECK("%i", -7);
	CHECK("%u", 0u);
	CHECK("%u", UINT_MAX);
	CHECK("%x", 0xdeadbeefu);
	CHECK("%X", 0xdeadbeefu);
	CHECK("%x", 0u);
	CHECK("%o", 0u);
	CHECK("%o", 8u);
	CHECK("%o", 0777u);
	CHECK("%o", UINT_MAX);
	CHECK("%s", "hello");
	CHECK("%s", "");
	CHECK("%c", 'A');
	CHECK("%c%c%c", 'x', 'y', 'z');
	CHECK("%%");
	CHECK("100%% sure");
	CHECK("a%db%sc%xd%%e", 1, "two", 3u);
	CHECK("pid %d exited with status %d\n", 17, 256);
}

static void test_flags(void **state)
{
	CHECK("[%-5d]", 42);
	CHECK("[%-5d]", -42);
	CHECK("[%05d]", 42);
	CHECK("[%05d]", -42);
	CHECK("[% d]", 42);
	CHECK("[% d]", -42);
	CHECK("[%+d]", 42);
	CHECK("[%+d]", -42);
	CHECK("[%+d]", 0);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat"
	CHECK("[% +d]", 5);
	CHECK("[%+ d]", 5);
#pragma GCC diagnostic pop
	CHECK("[% 05d]", 42);
	CHECK("[%+05d]", -3);
	CHECK("[%+5d]", 3);
	CHECK("[%-+5d]", 3);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat"
	CHECK("[%0-5d]", 7);              /* '-' wins over '0' */
	CHECK("[%-05d]", 7);
#pragma GCC diagnostic pop
	CHECK("[%#x]", 0u);               /* no 0x for zero */
	CHECK("[%#x]", 255u);
	CHECK("[%#X]", 255u);
	CHECK("[%#o]", 0u);
	CHECK("[%#o]", 8u);
	CHECK("[%#10x]", 255u);
	CHECK("[%-#10x]", 255u);
	CHECK("[%#010x]", 255u);          /* zeros go after the 0x */
	CHECK("[%#010X]", 0xabcu);
	CHECK("[%#08o]", 8u);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat"
	CHECK("[%+u]", 5u);               /* '+' and ' ' ignored for unsigned */
	CHECK("[% x]", 5u);
#pragma GCC diagnostic pop
	CHECK("[%08x]", 0xbeefu);
}

static void test_width(void **state)
{
	CHECK("[%10s]", "abc");
	CHECK("[%-10s]", "abc");
	CHECK("[%3s]", "toolong");
	CHECK("[%5c]", 'q');
	CHECK("[%-5c]", 'q');
	CHECK("[%8u]", 123u);
	CHECK("[%1d]", 12345);
	CHECK("[%12d]", INT_MIN);
	CHECK("[%012d]", INT_MIN);
	CHECK("[%-12d]", INT_MIN);
	CHECK("[%40d]", 1);
}

static void test_star_width_and_precision(void **state)
{
	CHECK("[%*d]", 6, 42);
	CHECK("[%*d]", -6, 42);           /* negative width: left-justify */
	CHECK("[%-*d]", 6, 42);
	CHECK("[%-*d]", -6, 42);
	CHECK("[%0*d]", 6, -42);
	CHECK("[%*s]", 0, "abc");
	CHECK("[%.*s]", 3, "abcdef");
	CHECK("[%.*s]", 0, "abcdef");
	CHECK("[%.*s]", -1, "abcdef");    /* negative precision: as if absent */
	CHECK("[%*.*d]", 8, 5, 42);
	CHECK("[%*.*d]", -8, 5, -42);
	CHECK("[%.*d]", -1, 42);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat"     /* "'0' flag ignored": C defines that */
	CHECK("[%08.*d]", -1, 42);        /* ... so '0' still applies */
	CHECK("[%08.*d]", 3, 42);
#pragma GCC diagnostic pop
	CHECK("[%*c]", 4, 'z');
	CHECK("[%*x|%*x]", 4, 1u, -4, 2u);
}

static void test_precision(void **state)
{
	CHECK("[%.3d]", 7);
	CHECK("[%.3d]", -7);
	CHECK("[%.0d]", 0);               /* no digits at all */
	CHECK("[%5.0d]", 0);
	CHECK("[%+.0d]", 0);
	CHECK("[%.0x]", 0u);
	CHECK("[%#.0x]", 0u);
	CHECK("[%#5.0x]", 0u);
	CHECK("[%.0o]", 0u);
	CHECK("[%#.0o]", 0u);             /* '#' forces a 0 for octal */
	CHECK("[%#.3o]", 8u);
	CHECK("[%#.5x]", 0x1fu);
	CHECK("[%.10u]", 123u);
	CHECK("[%8.3x]", 0xau);
	CHECK("[%-8.3d]", -5);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat"
	CHECK("[%08.3d]", 7);             /* '0' ignored with a precision */
	CHECK("[%08.3x]", 7u);
#pragma GCC diagnostic pop
	CHECK("[%.1d]", 0);
	CHECK("[%.30d]", INT_MIN);
	CHECK("[%.2s]", "abc");
	CHECK("[%.0s]", "abc");
	CHECK("[%.10s]", "abc");
	CHECK("[%8.2s]", "abc");
	CHECK("[%-8.2s]", "abc");
	CHECK("[%.d]", 0);                /* "." alone is precision 0 */
}

static void test_length_modifiers(void **state)
{
	CHECK("%ld", 0L);
	CHECK("%ld", LONG_MAX);
	CHECK("%ld", LONG_MIN);
	CHECK("%lu", ULONG_MAX);
	CHECK("%lx", ULONG_MAX);
	CHECK("%li", -123456789L);
	CHECK("%lld", LLONG_MAX);
	CHECK("%lld", LLONG_MIN);
	CHECK("%lli", -1LL);
	CHECK("%llu", ULLONG_MAX);
	CHECK("%llx", ULLONG_MAX);
	CHECK("%llX", 0x0123456789abcdefULL);
	CHECK("%llo", ULLONG_MAX);        /* 22 octal digits */
	CHECK("[%#24llo]", ULLONG_MAX);
	CHECK("[%+30lld]", LLONG_MIN);
	CHECK("[%-30llu]", ULLONG_MAX);
	CHECK("%lld", 1000000000000LL);   /* needs real 64-bit division */
	CHECK("%llu", 10000000000000000000ULL);
	CHECK("%hd", 70000);              /* converted to short */
	CHECK("%hd", -1);
	CHECK("%hu", 70000);
	CHECK("%hx", 0x12345);
	CHECK("%hhd", 200);               /* converted to signed char */
	CHECK("%hhu", 300);
	CHECK("%hhx", 0x1ff);
	CHECK("%hhi", -129);
	CHECK("%zu", (size_t)SIZE_MAX);
	CHECK("%zu", sizeof(long long));
	CHECK("%zd", (ssize_t)-5);
	CHECK("%zx", (size_t)0xabcdef);
	CHECK("%d %lld %d", 1, 2LL, 3);   /* 64-bit arg keeps later args aligned */
}

static void test_pointers(void **state)
{
	int local;
	void *null = NULL;

	CHECK("%p", (void *)0x1234);
	CHECK("%p", (void *)&local);
	CHECK("%p", (void *)UINTPTR_MAX);
	CHECK("[%20p]", (void *)0xc0100000);
	CHECK("[%-20p]", (void *)0xc0100000);
	CHECK("%p", null);                /* glibc and the kernel: "(nil)" */
	CHECK("[%10p]", null);
	CHECK("[%-10p]", null);
}

/* Exhaustive-ish: random combinations of flags, width, precision, length and
 * integer conversion, all defined by C, against glibc. */
static void test_random_integer_formats(void **state)
{
	static const char *const lens[] = { "", "hh", "h", "l", "ll", "z" };
	static const char convs[] = "diuxXo";
	char fmt[64], want[256], got[256];
	unsigned long long seed = 88172645463325252ULL;

	for (int iter = 0; iter < 30000; iter++) {
		unsigned long long v;
		char *f = fmt;
		int li, ci, wn, gn;

		seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17;
		v = seed;
		switch (seed >> 60 & 7) {           /* favour interesting values */
		case 0: v = 0; break;
		case 1: v = (seed >> 8) & 0xff; break;
		case 2: v = -(v & 0xffff); break;
		case 3: v = 1ULL << (seed >> 20 & 63); break;
		case 4: v = (1ULL << (seed >> 20 & 63)) - 1; break;
		}
		li = (seed >> 24) % 6;
		ci = (seed >> 28) % 6;
		*f++ = '%';
		if (seed >> 32 & 1) *f++ = '-';
		if (seed >> 33 & 1) *f++ = '0';
		if (seed >> 34 & 1) *f++ = ' ';
		if (seed >> 35 & 1) *f++ = '+';
		if ((seed >> 36 & 1) && ci >= 3) *f++ = '#';   /* '#' only for x X o */
		if (seed >> 37 & 1) f += sprintf(f, "%d", (int)(seed >> 40 & 31));
		if (seed >> 38 & 1) f += sprintf(f, ".%d", (int)(seed >> 45 & 31));
		f += sprintf(f, "%s%c|", lens[li], convs[ci]);

#define BOTH(T) do { \
		wn = snprintf(want, sizeof(want), fmt, (T)v); \
		gn = k_snprintf(got, sizeof(got), fmt, (T)v); } while (0)
		_Pragma("GCC diagnostic push")
		_Pragma("GCC diagnostic ignored \"-Wformat-nonliteral\"")
		if (ci < 2) {
			switch (li) {
			case 0: case 1: case 2: BOTH(int); break;
			case 3: BOTH(long); break;
			case 4: BOTH(long long); break;
			default: BOTH(ssize_t); break;
			}
		} else {
			switch (li) {
			case 0: case 1: case 2: BOTH(unsigned int); break;
			case 3: BOTH(unsigned long); break;
			case 4: BOTH(unsigned long long); break;
			default: BOTH(size_t); break;
			}
		}
		_Pragma("GCC diagnostic pop")
#undef BOTH
		if (wn != gn || strcmp(want, got)) {
			print_error("format \"%s\" value %#llx: kernel \"%s\" (%d), libc \"%s\" (%d)\n",
				    fmt, v, got, gn, want, wn);
			fail();
		}
	}
}

/* A short buffer gets the first size-1 characters and a NUL; nothing at or
 * past buf[size] is touched; the return value is the untruncated length. */
static void test_truncation(void **state)
{
	static const char *const fmt = "pid %5d: %s=%#x";
	char want[64], got[64];
	int full = snprintf(want, sizeof(want), fmt, -123, "name", 0xbeefu);

	for (size_t size = 1; size <= (size_t)full + 2; size++) {
		memset(got, '#', sizeof(got));
		assert_int_equal(k_snprintf(got, size, fmt, -123, "name", 0xbeefu), full);
		assert_int_equal(strlen(got), size - 1 < (size_t)full ? size - 1 : (size_t)full);
		assert_memory_equal(got, want, strlen(got));
		for (size_t i = size; i < sizeof(got); i++)
			if (got[i] != '#')
				fail_msg("byte %zu written with size %zu", i, size);
	}
}

static void test_size_zero(void **state)
{
	char buf[8] = "XXXXXXX";

	assert_int_equal(k_snprintf(NULL, 0, "%s-%d", "abc", 12345), 9);
	assert_int_equal(k_snprintf(buf, 0, "%s", "hello"), 5);
	assert_string_equal(buf, "XXXXXXX");                  /* untouched */
	assert_int_equal(k_snprintf(buf, 1, "%s", "hello"), 5);
	assert_string_equal(buf, "");
	assert_int_equal(buf[1], 'X');
	assert_int_equal(k_snprintf(buf, 4, "%08d", 1), 8);  /* cut inside the padding */
	assert_string_equal(buf, "000");
	assert_int_equal(k_snprintf(buf, 3, "%c", '\0'), 1);  /* a NUL character counts */
}

/* Behaviour glibc does not define the same way (NULL %s, bad conversions):
 * the kernel prints something readable instead of crashing or eating text. */
static void test_kernel_specific(void **state)
{
	char buf[64];
	const char *volatile null = NULL;

	assert_int_equal(k_snprintf(buf, sizeof(buf), "%s", null), 6);
	assert_string_equal(buf, "(null)");
	k_snprintf(buf, sizeof(buf), "[%8s|%-7s]", null, null);
	assert_string_equal(buf, "[  (null)|(null) ]");

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-security"
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	const char *volatile f1 = "50%y done", *volatile f2 = "100%", *volatile f3 = "x%-5";
	const char *volatile f4 = "x%l", *volatile f5 = "%hh";
	assert_int_equal(k_snprintf(buf, sizeof(buf), f1), 9);
	assert_string_equal(buf, "50%y done");
	assert_int_equal(k_snprintf(buf, sizeof(buf), f2), 4);
	assert_string_equal(buf, "100%");
	k_snprintf(buf, sizeof(buf), f3);
	assert_string_equal(buf, "x%-5");
	k_snprintf(buf, sizeof(buf), f4);
	assert_string_equal(buf, "x%l");
	k_snprintf(buf, sizeof(buf), f5);
	assert_string_equal(buf, "%hh");
#pragma GCC diagnostic pop
}

static int k_vwrap(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = k_vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

/* vsnprintf consumes exactly the arguments the format names. */
static void test_vsnprintf_va_list(void **state)
{
	char buf[64];

	assert_int_equal(k_vwrap(buf, sizeof(buf), "%d %s %c %llu %p", -1, "s", 'c', 5ULL, (void *)0x10), 13);
	assert_string_equal(buf, "-1 s c 5 0x10");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain_conversions),
		cmocka_unit_test(test_flags),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_star_width_and_precision),
		cmocka_unit_test(test_precision),
		cmocka_unit_test(test_length_modifiers),
		cmocka_unit_test(test_pointers),
		cmocka_unit_test(test_random_integer_formats),
		cmocka_unit_test(test_truncation),
		cmocka_unit_test(test_size_zero),
		cmocka_unit_test(test_kernel_specific),
		cmocka_unit_test(test_vsnprintf_va_list),
	};

	return cmocka_run_group_tests_name("lib/vsprintf.c", tests, NULL, NULL);
}
