/* Unit tests for kernel/exec.c: split_cmdline() (module command line ->
 * argv) and create_elf_tables() (the initial user stack).  An unmodified C
 * library reads that stack exactly as Linux i386 lays it out, so we decode
 * it back from the buffer: argc, argv, envp, auxv, strings, AT_RANDOM. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <linux/binfmts.h>
#include <linux/mm.h>
#include <uapi/asm/auxvec.h>
#include "unit.h"

#define GUARD	64			/* bytes checked on each side of buf */
#define ARG_BUF	8192			/* what exec_module passes (2 pages) */

static const struct elf_info info = {
	.entry = 0x08049abc, .phdr_addr = 0x08048034, .phnum = 7, .end = 0x0804e000,
};
static const u8 rnd[16] = {
	0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88,
	0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xf1, 0xf2,
};

/* A buffer with guard zones before and after, 16-byte aligned like kmalloc. */
struct area {
	unsigned char *mem;
	char *buf;
	size_t size;
};

static void area_new(struct area *a, size_t size)
{
	a->mem = aligned_alloc(16, (size + 2 * GUARD + 15) & ~(size_t)15);
	memset(a->mem, 0xA5, size + 2 * GUARD);
	a->buf = (char *)a->mem + GUARD;
	a->size = size;
}

static void area_check_guards(const struct area *a)
{
	for (size_t i = 0; i < GUARD; i++) {
		if (a->mem[i] != 0xA5)
			fail_msg("wrote %zu bytes before the buffer", GUARD - i);
		if (a->mem[GUARD + a->size + i] != 0xA5)
			fail_msg("wrote past the end of the buffer (+%zu)", i);
	}
}

static void area_free(struct area *a)
{
	area_check_guards(a);
	free(a->mem);
}

/* The decoded stack. */
struct stack {
	size_t sp_off;			/* buffer offset of the user sp */
	u32 argc;
	u32 argv[MAX_ARG + 1], envp[MAX_ARG + 1];
	u32 aux[40][2];
	int naux;			/* pairs, AT_NULL included */
	size_t table_end;		/* offset just past the AT_NULL pair */
};

/* User address -> offset in buf; fails the test if it is not inside. */
static size_t uoff(const struct area *a, unsigned long top, u32 uaddr)
{
	unsigned long below = top - uaddr;

	if (uaddr > top || below == 0 || below > a->size)
		fail_msg("user address %#x is outside the stack buffer [%#lx, %#lx)",
			 uaddr, top - a->size, top);
	return a->size - below;
}

static u32 word_at(const struct area *a, size_t off)
{
	u32 w;

	assert_true(off + 4 <= a->size);
	memcpy(&w, a->buf + off, 4);
	return w;
}

static u32 aux_get(const struct stack *st, u32 key)
{
	for (int i = 0; i < st->naux; i++)
		if (st->aux[i][0] == key)
			return st->aux[i][1];
	fail_msg("auxv has no entry %u", key);
	return 0;
}

static void decode(const struct area *a, unsigned long top, unsigned long sp, struct stack *st)
{
	size_t off;

	assert_int_not_equal(sp, 0);
	st->sp_off = off = uoff(a, top, sp);
	st->argc = word_at(a, off);
	assert_true(st->argc <= MAX_ARG);
	off += 4;
	for (u32 i = 0; i <= st->argc; i++, off += 4)
		st->argv[i] = word_at(a, off);
	assert_int_equal(st->argv[st->argc], 0);	/* argv ends with NULL */
	for (int i = 0; ; i++, off += 4) {
		assert_true(i <= MAX_ARG);
		st->envp[i] = word_at(a, off);
		if (!st->envp[i]) {
			off += 4;
			break;
		}
	}
	for (st->naux = 0; ; off += 8) {
		assert_true(st->naux < 40);
		st->aux[st->naux][0] = word_at(a, off);
		st->aux[st->naux][1] = word_at(a, off + 4);
		if (st->aux[st->naux++][0] == AT_NULL)
			break;
	}
	st->table_end = off + 8;
}

static const char *str_at(const struct area *a, unsigned long top, u32 uaddr)
{
	size_t off = uoff(a, top, uaddr);

	if (!memchr(a->buf + off, '\0', a->size - off))
		fail_msg("string at %#x is not terminated inside the buffer", uaddr);
	return a->buf + off;
}

/* Everything a C library reads from the initial stack, except the AT_RANDOM
 * bytes themselves (test_random_bytes_intact checks those). */
static void verify_layout(const struct area *a, unsigned long top, unsigned long sp,
			  int argc, char *const argv[], int envc, char *const envp[])
{
	struct stack st;
	int envn = 0;

	assert_int_equal(sp % 16, 0);			/* i386 ABI: 16-aligned */
	decode(a, top, sp, &st);
	assert_int_equal(st.argc, argc);
	for (int i = 0; i < argc; i++)
		assert_string_equal(str_at(a, top, st.argv[i]), argv[i]);
	while (st.envp[envn])
		envn++;
	assert_int_equal(envn, envc);
	for (int i = 0; i < envc; i++)
		assert_string_equal(str_at(a, top, st.envp[i]), envp[i]);

	assert_int_equal(st.aux[st.naux - 1][0], AT_NULL);
	for (int i = 0; i < st.naux; i++)		/* each key once */
		for (int j = i + 1; j < st.naux; j++)
			assert_int_not_equal(st.aux[i][0], st.aux[j][0]);
	assert_int_equal(aux_get(&st, AT_PHDR), info.phdr_addr);
	assert_int_equal(aux_get(&st, AT_PHENT), sizeof(Elf32_Phdr));
	assert_int_equal(aux_get(&st, AT_PHNUM), info.phnum);
	assert_int_equal(aux_get(&st, AT_PAGESZ), 4096);
	assert_int_equal(aux_get(&st, AT_ENTRY), info.entry);
	assert_int_equal(aux_get(&st, AT_BASE), 0);	/* no interpreter */
	assert_int_equal(aux_get(&st, AT_UID), 0);
	assert_int_equal(aux_get(&st, AT_EUID), 0);
	assert_int_equal(aux_get(&st, AT_GID), 0);
	assert_int_equal(aux_get(&st, AT_EGID), 0);
	assert_int_equal(aux_get(&st, AT_SECURE), 0);
	assert_int_equal(aux_get(&st, AT_CLKTCK), 100);	/* USER_HZ */
	if (argc)
		assert_string_equal(str_at(a, top, aux_get(&st, AT_EXECFN)), argv[0]);
	/* AT_RANDOM points at 16 bytes inside the buffer, above the table. */
	size_t r = uoff(a, top, aux_get(&st, AT_RANDOM));
	assert_true(r + 16 <= a->size);
	assert_true(r >= st.sp_off);
}

static unsigned long build(struct area *a, unsigned long top, int argc, char *const argv[],
			   int envc, char *const envp[])
{
	return create_elf_tables(a->buf, a->size, top, argc, argv, envc, envp, &info, rnd);
}

static char *const hello_argv[] = { "/bin/hello", NULL };

/* The common case: one program name, no environment, 8 KiB buffer. */
static void test_hello_stack(void **state)
{
	struct area a;
	unsigned long sp;

	area_new(&a, ARG_BUF);
	sp = build(&a, STACK_TOP, 1, hello_argv, 0, NULL);
	assert_true(sp < STACK_TOP && sp >= STACK_TOP - ARG_BUF);
	verify_layout(&a, STACK_TOP, sp, 1, hello_argv, 0, NULL);
	/* The strings are at the very top, the table right below. */
	assert_string_equal(a.buf + ARG_BUF - 11, "/bin/hello");
	area_free(&a);
}

static char *words[MAX_ARG + 1];
static char *envs[MAX_ARG + 1];

static int make_words(void **state)
{
	static char store[2][MAX_ARG + 1][24];

	for (int i = 0; i <= MAX_ARG; i++) {
		snprintf(store[0][i], 24, "arg%d%.*s", i, i % 7, "xxxxxxx");
		snprintf(store[1][i], 24, "VAR%d=%.*s", i, i % 5, "yyyyy");
		words[i] = store[0][i];
		envs[i] = store[1][i];
	}
	return 0;
}

/* Every argc 0..MAX_ARG with 0..4 environment strings, at two stack tops. */
static void test_layout_all_counts(void **state)
{
	static const unsigned long tops[] = { STACK_TOP, 0x80000000UL };

	for (int t = 0; t < 2; t++)
		for (int argc = 0; argc <= MAX_ARG; argc++)
			for (int envc = 0; envc <= 4; envc++) {
				struct area a;
				unsigned long sp;

				area_new(&a, ARG_BUF);
				sp = build(&a, tops[t], argc, words, envc, envs);
				if (!sp)
					fail_msg("argc %d envc %d: no room in %d bytes", argc, envc, ARG_BUF);
				verify_layout(&a, tops[t], sp, argc, words, envc, envs);
				area_free(&a);
			}
}

/* AT_RANDOM seeds the C library's stack protector and pointer guard: its
 * 16 bytes must reach the program as given, for any number of arguments,
 * and the argv/envp/auxv table must end below them. */
static void test_random_bytes_intact(void **state)
{
	for (int argc = 0; argc <= 8; argc++)
		for (int envc = 0; envc <= 3; envc++) {
			struct area a;
			struct stack st;
			unsigned long sp;
			size_t r;

			area_new(&a, ARG_BUF);
			sp = build(&a, STACK_TOP, argc, words, envc, envs);
			decode(&a, STACK_TOP, sp, &st);
			r = uoff(&a, STACK_TOP, aux_get(&st, AT_RANDOM));
			if (st.table_end > r)
				fail_msg("argc %d envc %d: auxv ends %zu bytes into the AT_RANDOM bytes",
					 argc, envc, st.table_end - r);
			if (memcmp(a.buf + r, rnd, 16))
				fail_msg("argc %d envc %d: AT_RANDOM bytes changed", argc, envc);
			area_free(&a);
		}
}

/* A buffer too small gives 0 (exec fails with E2BIG), never a write outside
 * it; a buffer big enough always works. */
static void test_too_small_returns_zero(void **state)
{
	char *const argv[] = { "prog", "some-argument", "x" };
	char *const envp[] = { "HOME=/" };
	/* strings, 16 random bytes, 4 + 36 words of table, alignment slack */
	size_t need = 5 + 14 + 2 + 7 + 16 + 40 * 4 + 2 * 16;
	bool fitted = false;

	for (size_t size = 0; size <= 512; size++) {
		struct area a;
		unsigned long sp;

		area_new(&a, size);
		sp = build(&a, STACK_TOP, 3, argv, 1, envp);
		if (sp) {
			assert_true(sp >= STACK_TOP - size && sp < STACK_TOP);
			if (size % 16 == 0)
				verify_layout(&a, STACK_TOP, sp, 3, argv, 1, envp);
			fitted = true;
		} else if (size >= need) {
			fail_msg("refused with %zu bytes, needs at most %zu", size, need);
		} else if (fitted && size % 16 == 0) {
			fail_msg("fits in less than %zu bytes but not in %zu", size, size);
		}
		area_free(&a);
	}
	assert_true(fitted);
}

static void test_huge_argument_returns_zero(void **state)
{
	struct area a;
	char *big = malloc(ARG_BUF + 1);
	char *argv[] = { "prog", big };

	memset(big, 'a', ARG_BUF);
	big[ARG_BUF] = '\0';
	area_new(&a, ARG_BUF);
	assert_int_equal(build(&a, STACK_TOP, 2, argv, 0, NULL), 0);
	area_free(&a);
	big[ARG_BUF - 100] = '\0';		/* the string fits, the table does not */
	area_new(&a, ARG_BUF);
	assert_int_equal(build(&a, STACK_TOP, 2, argv, 0, NULL), 0);
	area_free(&a);
	free(big);
}

static void test_too_many_arguments_returns_zero(void **state)
{
	struct area a;

	area_new(&a, ARG_BUF);
	assert_int_equal(build(&a, STACK_TOP, MAX_ARG + 1, words, 0, NULL), 0);
	assert_int_equal(build(&a, STACK_TOP, 1, words, MAX_ARG + 1, envs), 0);
	area_free(&a);
}

/* --- split_cmdline: "prog a b" from the multiboot module line --- */

static void test_split_simple(void **state)
{
	char line[] = "prog a bc";
	char *argv[8];

	assert_int_equal(split_cmdline(line, argv, 8), 3);
	assert_string_equal(argv[0], "prog");
	assert_string_equal(argv[1], "a");
	assert_string_equal(argv[2], "bc");
	assert_ptr_equal(argv[0], line);		/* split in place */
}

/* GRUB writes an empty argument as nothing between two separators: so
 * every space separates, and a trailing one ends with an empty argument. */
static void test_split_empty_arguments(void **state)
{
	char line[] = "prog  x   ";
	char *argv[8];

	assert_int_equal(split_cmdline(line, argv, 8), 6);
	assert_string_equal(argv[0], "prog");
	assert_string_equal(argv[1], "");
	assert_string_equal(argv[2], "x");
	for (int i = 3; i < 6; i++)
		assert_string_equal(argv[i], "");
}

/* What GRUB 2 writes for `module /boot/m prog 'a b' 'x"y' 'p\q' "it's" ''`,
 * and `""`, the other spelling of an empty argument. */
static void test_split_grub_quoting(void **state)
{
	char line[] = "prog \"a b\" x\\\"y p\\\\q it\\'s  \"\" \"say \\\"hi\\\"\" tab\tnew\nline";
	char *argv[10];

	assert_int_equal(split_cmdline(line, argv, 10), 9);
	assert_string_equal(argv[0], "prog");
	assert_string_equal(argv[1], "a b");
	assert_string_equal(argv[2], "x\"y");
	assert_string_equal(argv[3], "p\\q");
	assert_string_equal(argv[4], "it's");
	assert_string_equal(argv[5], "");
	assert_string_equal(argv[6], "");
	assert_string_equal(argv[7], "say \"hi\"");
	assert_string_equal(argv[8], "tab\tnew\nline");
	assert_ptr_equal(argv[0], line);		/* decoded in place */
}

/* A quote opened in the middle of a word, and a backslash at the very end. */
static void test_split_odd_corners(void **state)
{
	char line[] = "a\"b c\"d e\\";
	char *argv[4];

	assert_int_equal(split_cmdline(line, argv, 4), 2);
	assert_string_equal(argv[0], "ab cd");
	assert_string_equal(argv[1], "e\\");
}

static void test_split_empty(void **state)
{
	char empty[] = "";
	char *argv[4];

	assert_int_equal(split_cmdline(empty, argv, 4), 0);
}

/* More words than fit: the first `max`, each properly terminated. */
static void test_split_max(void **state)
{
	char line[] = "a b c d e";
	char *argv[2];

	assert_int_equal(split_cmdline(line, argv, 2), 2);
	assert_string_equal(argv[0], "a");
	assert_string_equal(argv[1], "b");

	char line2[] = "one two";
	assert_int_equal(split_cmdline(line2, argv, 0), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hello_stack),
		cmocka_unit_test_setup(test_layout_all_counts, make_words),
		cmocka_unit_test_setup(test_random_bytes_intact, make_words),
		cmocka_unit_test(test_too_small_returns_zero),
		cmocka_unit_test(test_huge_argument_returns_zero),
		cmocka_unit_test_setup(test_too_many_arguments_returns_zero, make_words),
		cmocka_unit_test(test_split_simple),
		cmocka_unit_test(test_split_empty_arguments),
		cmocka_unit_test(test_split_grub_quoting),
		cmocka_unit_test(test_split_odd_corners),
		cmocka_unit_test(test_split_empty),
		cmocka_unit_test(test_split_max),
	};

	return cmocka_run_group_tests_name("kernel/exec.c: create_elf_tables, split_cmdline",
					   tests, NULL, NULL);
}
