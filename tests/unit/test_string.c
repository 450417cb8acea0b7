/* Unit tests for lib/string.c, the memory/string routines shared by the
 * kernel (system call argument copies) and every user program.  Each one is
 * checked against the C semantics the host libc implements: exact bytes
 * written (and not one more), return values, and the sign of comparisons. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "unit.h"

static int sign(int x) { return (x > 0) - (x < 0); }

static void fill_pattern(unsigned char *p, size_t n, unsigned seed)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (unsigned char)(seed * 31 + i * 7 + 1);
}

static void test_memcpy_copies_exactly_n(void **state)
{
	unsigned char src[64], dst[64], want[64];

	fill_pattern(src, sizeof(src), 1);
	for (size_t n = 0; n <= 32; n++) {
		memset(dst, 0xEE, sizeof(dst));
		memset(want, 0xEE, sizeof(want));
		memcpy(want + 8, src, n);
		assert_ptr_equal(k_memcpy(dst + 8, src, n), dst + 8);
		assert_memory_equal(dst, want, sizeof(dst));
	}
}

/* Every overlap, both directions, against a copy through a bounce buffer. */
static void test_memmove_overlapping(void **state)
{
	unsigned char buf[48], want[48], tmp[48];

	for (size_t n = 0; n <= 24; n++)
		for (size_t s = 0; s + n <= sizeof(buf); s += 3)
			for (size_t d = 0; d + n <= sizeof(buf); d++) {
				fill_pattern(buf, sizeof(buf), (unsigned)n);
				memcpy(want, buf, sizeof(buf));
				memcpy(tmp, want + s, n);
				memcpy(want + d, tmp, n);
				assert_ptr_equal(k_memmove(buf + d, buf + s, n), buf + d);
				assert_memory_equal(buf, want, sizeof(buf));
			}
}

static void test_memset_value_and_extent(void **state)
{
	unsigned char buf[40];

	memset(buf, 0x11, sizeof(buf));
	assert_ptr_equal(k_memset(buf + 4, 0x1AB, 10), buf + 4);  /* c -> (unsigned char)c */
	for (size_t i = 0; i < sizeof(buf); i++)
		assert_int_equal(buf[i], i >= 4 && i < 14 ? 0xAB : 0x11);
	k_memset(buf, 0, 0);
	assert_int_equal(buf[0], 0x11);
	k_memset(buf, -1, 3);
	assert_int_equal(buf[2], 0xFF);
	assert_int_equal(buf[3], 0x11);
}

static void test_memcmp_unsigned_and_bounded(void **state)
{
	assert_int_equal(k_memcmp("abc", "abd", 0), 0);
	assert_int_equal(k_memcmp("abcX", "abcY", 3), 0);      /* stops at n */
	assert_true(k_memcmp("abc", "abd", 3) < 0);
	assert_true(k_memcmp("abd", "abc", 3) > 0);
	assert_true(k_memcmp("\x80", "\x01", 1) > 0);            /* bytes are unsigned */
	assert_true(k_memcmp("a\0b", "a\0c", 3) < 0);            /* NUL is not the end */
}

static void test_strlen_strnlen(void **state)
{
	assert_int_equal(k_strlen(""), 0);
	assert_int_equal(k_strlen("hello"), 5);
	assert_int_equal(k_strlen("ab\0cd"), 2);
	assert_int_equal(k_strnlen("hello", 10), 5);
	assert_int_equal(k_strnlen("hello", 5), 5);
	assert_int_equal(k_strnlen("hello", 3), 3);
	assert_int_equal(k_strnlen("hello", 0), 0);
	/* strnlen must not look past max: the buffer has no NUL at all. */
	char *raw = malloc(4);
	memcpy(raw, "abcd", 4);
	assert_int_equal(k_strnlen(raw, 4), 4);
	free(raw);
}

static void test_strcmp_strncmp(void **state)
{
	assert_int_equal(k_strcmp("", ""), 0);
	assert_int_equal(k_strcmp("abc", "abc"), 0);
	assert_true(k_strcmp("a", "ab") < 0);
	assert_true(k_strcmp("ab", "a") > 0);
	assert_true(k_strcmp("abc", "abd") < 0);
	assert_true(k_strcmp("\xff", "a") > 0);                  /* unsigned char */
	assert_int_equal(k_strncmp("abcX", "abcY", 3), 0);
	assert_true(k_strncmp("abcX", "abcY", 4) < 0);
	assert_int_equal(k_strncmp("ab\0x", "ab\0y", 4), 0);      /* stops at NUL */
	assert_int_equal(k_strncmp("x", "y", 0), 0);
	assert_true(k_strncmp("\x80", "\x7f", 1) > 0);
	assert_true(k_strncmp("ab", "abc", 5) < 0);
}

/* Random strings over a tiny alphabet (so prefixes often match), including
 * bytes >= 0x80: the sign must agree with the host libc every time. */
static void test_compare_against_libc(void **state)
{
	static const char alpha[] = { 'a', 'b', (char)0x80, (char)0xff };
	char a[12] = { 0 }, b[12] = { 0 };

	srand(1234);
	for (int iter = 0; iter < 20000; iter++) {
		size_t la = rand() % 11, lb = rand() % 11, n = rand() % 13;

		for (size_t i = 0; i < la; i++) a[i] = alpha[rand() % 4];
		for (size_t i = 0; i < lb; i++) b[i] = alpha[rand() % 4];
		a[la] = b[lb] = '\0';
		assert_int_equal(sign(k_strcmp(a, b)), sign(strcmp(a, b)));
		assert_int_equal(sign(k_strncmp(a, b, n)), sign(strncmp(a, b, n)));
		size_t m = n < 12 ? n : 12;
		assert_int_equal(sign(k_memcmp(a, b, m)), sign(memcmp(a, b, m)));
	}
}

static void test_strchr_strrchr(void **state)
{
	const char *s = "a/b/c";

	assert_ptr_equal(k_strchr(s, '/'), s + 1);
	assert_ptr_equal(k_strrchr(s, '/'), s + 3);
	assert_ptr_equal(k_strchr(s, 'a'), s);
	assert_ptr_equal(k_strrchr(s, 'a'), s);
	assert_null(k_strchr(s, 'x'));
	assert_null(k_strrchr(s, 'x'));
	assert_ptr_equal(k_strchr(s, '\0'), s + 5);              /* the NUL is found */
	assert_ptr_equal(k_strrchr(s, '\0'), s + 5);
	assert_ptr_equal(k_strchr(s, 'b' + 0x100), s + 2);       /* c -> (char)c */
	assert_null(k_strchr("", 'a'));
	assert_null(k_strrchr("", 'a'));
	const char *hi = "x\xffy\xff";
	assert_ptr_equal(k_strchr(hi, 0xff), hi + 1);
	assert_ptr_equal(k_strrchr(hi, 0xff), hi + 3);
}

static void test_strcpy(void **state)
{
	char buf[16];

	memset(buf, 'Z', sizeof(buf));
	assert_ptr_equal(k_strcpy(buf + 1, "hello"), buf + 1);
	assert_memory_equal(buf, "Zhello\0ZZ", 9);
	k_strcpy(buf, "");
	assert_int_equal(buf[0], '\0');
	assert_int_equal(buf[1], 'h');
}

/* C semantics: NUL padding up to n, no terminator when src is >= n long,
 * and never a byte written at or past dst + n. */
static void test_strncpy(void **state)
{
	char buf[12];

	memset(buf, 'Z', sizeof(buf));
	assert_ptr_equal(k_strncpy(buf, "ab", 6), buf);
	assert_memory_equal(buf, "ab\0\0\0\0ZZ", 8);

	memset(buf, 'Z', sizeof(buf));
	k_strncpy(buf, "abcdef", 4);
	assert_memory_equal(buf, "abcdZZ", 6);

	memset(buf, 'Z', sizeof(buf));
	k_strncpy(buf, "abcd", 4);
	assert_memory_equal(buf, "abcdZ", 5);

	memset(buf, 'Z', sizeof(buf));
	k_strncpy(buf, "abc", 0);
	assert_int_equal(buf[0], 'Z');
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_memcpy_copies_exactly_n),
		cmocka_unit_test(test_memmove_overlapping),
		cmocka_unit_test(test_memset_value_and_extent),
		cmocka_unit_test(test_memcmp_unsigned_and_bounded),
		cmocka_unit_test(test_strlen_strnlen),
		cmocka_unit_test(test_strcmp_strncmp),
		cmocka_unit_test(test_compare_against_libc),
		cmocka_unit_test(test_strchr_strrchr),
		cmocka_unit_test(test_strcpy),
		cmocka_unit_test(test_strncpy),
	};

	return cmocka_run_group_tests_name("lib/string.c", tests, NULL, NULL);
}
