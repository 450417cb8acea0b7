/* Unit tests for elf_check() in kernel/binfmt_elf.c: the gate that decides
 * whether a multiboot module is a static i386 executable the kernel can run.
 * Anything else must be refused with a reason (never loaded), nothing may
 * be read outside the image, and AT_PHDR / heap start must come out right. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <linux/elf.h>
#include <linux/mm.h>
#include "unit.h"

/* A minimal valid program: headers and text in one page at 0x08048000,
 * then a data page with .bss after it, then a PT_GNU_STACK entry. */
#define IMG_SIZE	0x2100
#define TEXT_VADDR	0x08048000u
#define DATA_VADDR	0x08049000u
#define ENTRY		0x08048080u

struct image {
	unsigned char *bytes;		/* malloc'ed, exactly size bytes */
	size_t size;
	Elf32_Ehdr *eh;
	Elf32_Phdr *ph;
};

static void image_new(struct image *im, size_t size)
{
	im->bytes = calloc(1, size);
	im->size = size;
	im->eh = (Elf32_Ehdr *)im->bytes;
	im->ph = (Elf32_Phdr *)(im->bytes + sizeof(Elf32_Ehdr));
}

static int make_valid(void **state)
{
	struct image *im = malloc(sizeof(*im));

	image_new(im, IMG_SIZE);
	memcpy(im->eh->e_ident, "\177ELF", 4);
	im->eh->e_ident[4] = ELFCLASS32;
	im->eh->e_ident[5] = ELFDATA2LSB;
	im->eh->e_ident[6] = 1;
	im->eh->e_type = ET_EXEC;
	im->eh->e_machine = EM_386;
	im->eh->e_version = 1;
	im->eh->e_entry = ENTRY;
	im->eh->e_phoff = sizeof(Elf32_Ehdr);
	im->eh->e_ehsize = sizeof(Elf32_Ehdr);
	im->eh->e_phentsize = sizeof(Elf32_Phdr);
	im->eh->e_phnum = 3;
	im->ph[0] = (Elf32_Phdr){ PT_LOAD, 0, TEXT_VADDR, TEXT_VADDR, 0x1000, 0x1000, PF_R | PF_X, 0x1000 };
	im->ph[1] = (Elf32_Phdr){ PT_LOAD, 0x2000, DATA_VADDR, DATA_VADDR, 0x100, 0x1800, PF_R | PF_W, 0x1000 };
	im->ph[2] = (Elf32_Phdr){ 0x6474e551 /* PT_GNU_STACK */, 0, 0, 0, 0, 0, PF_R | PF_W, 16 };
	memset(im->bytes + 0x80, 0x90, 16);	/* some "code" */
	*state = im;
	return 0;
}

static int free_image(void **state)
{
	struct image *im = *state;

	free(im->bytes);
	free(im);
	return 0;
}

/* Run elf_check on a copy of exactly `size` bytes, so that AddressSanitizer
 * catches a read past the end of the image. */
static const char *check(const void *bytes, size_t size, struct elf_info *info)
{
	void *copy = malloc(size ? size : 1);
	const char *why;

	memcpy(copy, bytes, size);
	memset(info, 0xAA, sizeof(*info));
	why = elf_check(copy, size, info);
	free(copy);
	return why;
}

/* Expect a refusal whose reason mentions `word` (it is printed on the
 * console as "exec: prog: refused: <reason>"). */
#define assert_refused(im, word) do { \
	struct elf_info _i; \
	const char *_why = check((im)->bytes, (im)->size, &_i); \
	if (!_why) fail_msg("image accepted, expected a refusal mentioning \"%s\"", (word)); \
	if (!strstr(_why, (word))) fail_msg("reason \"%s\" does not mention \"%s\"", _why, (word)); \
} while (0)

static void test_valid_image_accepted(void **state)
{
	struct image *im = *state;
	struct elf_info info;
	const char *why = check(im->bytes, im->size, &info);

	if (why)
		fail_msg("refused: %s", why);
	assert_int_equal(info.entry, ENTRY);
	assert_int_equal(info.phnum, 3);
	/* The headers sit at file offset 52 inside the text segment. */
	assert_int_equal(info.phdr_addr, TEXT_VADDR + sizeof(Elf32_Ehdr));
	/* The heap starts after the data segment's .bss. */
	assert_int_equal(info.end, DATA_VADDR + 0x1800);
}

/* end is the highest segment end whatever the order of the headers, and
 * AT_PHDR follows the headers into whichever segment holds them. */
static void test_end_and_phdr_any_order(void **state)
{
	struct image *im = *state;
	struct elf_info info;
	Elf32_Phdr t = im->ph[0];

	im->ph[0] = im->ph[1];
	im->ph[1] = t;
	assert_null(check(im->bytes, im->size, &info));
	assert_int_equal(info.end, DATA_VADDR + 0x1800);
	assert_int_equal(info.phdr_addr, TEXT_VADDR + sizeof(Elf32_Ehdr));

	/* Move the program headers into the data segment's file bytes. */
	memcpy(im->bytes + 0x2010, im->ph, 3 * sizeof(Elf32_Phdr));
	im->eh->e_phoff = 0x2010;
	assert_null(check(im->bytes, im->size, &info));
	assert_int_equal(info.phdr_addr, DATA_VADDR + 0x10);
	assert_int_equal(info.phnum, 3);
}

static void test_garbage_refused(void **state)
{
	struct elf_info info;
	static const char text[] = "#!/bin/sh\necho hello\n";
	unsigned char noise[4096];

	assert_non_null(check(text, sizeof(text), &info));
	for (size_t i = 0; i < sizeof(noise); i++)
		noise[i] = (unsigned char)(i * 2654435761u >> 13);
	assert_non_null(check(noise, sizeof(noise), &info));
	assert_non_null(check(noise, 0, &info));
}

/* Cut anywhere before the end of the last segment: never accepted, never a
 * read past the cut (ASan would report it). */
static void test_truncated_refused(void **state)
{
	struct image *im = *state;
	struct elf_info info;

	for (size_t size = 0; size < IMG_SIZE; size += size < 0x100 ? 1 : 0x7f)
		if (!check(im->bytes, size, &info))
			fail_msg("image cut to %zu bytes accepted", size);
	assert_non_null(check(im->bytes, IMG_SIZE - 1, &info));
	assert_null(check(im->bytes, IMG_SIZE, &info));
}

static void test_elf64_refused(void **state)
{
	struct image *im = *state;

	im->eh->e_ident[4] = 2;			/* ELFCLASS64 */
	assert_refused(im, "64-bit");
}

static void test_big_endian_refused(void **state)
{
	struct image *im = *state;

	im->eh->e_ident[5] = 2;			/* ELFDATA2MSB */
	assert_refused(im, "i386");
}

static void test_wrong_machine_refused(void **state)
{
	struct image *im = *state;

	im->eh->e_machine = 62;			/* EM_X86_64 */
	assert_refused(im, "i386");
	im->eh->e_machine = 40;			/* EM_ARM */
	assert_refused(im, "i386");
}

static void test_not_exec_refused(void **state)
{
	struct image *im = *state;

	im->eh->e_type = ET_DYN;		/* shared object or PIE */
	assert_refused(im, "static");
	im->eh->e_type = 1;			/* ET_REL: an object file */
	assert_refused(im, "executable");
	im->eh->e_type = 4;			/* ET_CORE */
	assert_refused(im, "executable");
}

static void test_dynamic_refused(void **state)
{
	struct image *im = *state;

	im->ph[2].p_type = PT_INTERP;
	assert_refused(im, "dynamically linked");
	im->ph[2].p_type = PT_DYNAMIC;
	assert_refused(im, "dynamically linked");
}

static void test_bad_program_header_table_refused(void **state)
{
	struct image *im = *state;

	im->eh->e_phnum = 0;
	assert_refused(im, "program header");
	im->eh->e_phnum = 3;
	im->eh->e_phoff = IMG_SIZE + 4;		/* starts past the end */
	assert_refused(im, "program header");
	im->eh->e_phoff = IMG_SIZE - 40;	/* runs past the end */
	assert_refused(im, "program header");
	im->eh->e_phoff = 0xfffffff0;		/* offset + size wraps */
	assert_refused(im, "program header");
	im->eh->e_phoff = sizeof(Elf32_Ehdr);
	im->eh->e_phentsize = 40;
	assert_refused(im, "program header");
	im->eh->e_phentsize = sizeof(Elf32_Phdr);
	im->eh->e_phnum = 0xffff;
	assert_refused(im, "program header");
}

static void test_segment_outside_file_refused(void **state)
{
	struct image *im = *state;

	im->ph[1].p_filesz = 0x200;		/* 0x2000 + 0x200 > 0x2100 */
	assert_refused(im, "outside the file");
	im->ph[1].p_filesz = 0x100;
	im->ph[1].p_offset = 0x3000;		/* starts past the end */
	im->ph[1].p_vaddr = DATA_VADDR + 0x2000;
	assert_refused(im, "outside the file");
	im->ph[1].p_offset = 0x2000;
	im->ph[1].p_vaddr = DATA_VADDR;
	im->ph[1].p_filesz = 0xfffff000;	/* offset + filesz wraps */
	im->ph[1].p_memsz = 0xfffff000;
	assert_refused(im, "outside the file");
}

static void test_filesz_greater_than_memsz_refused(void **state)
{
	struct image *im = *state;

	im->ph[1].p_memsz = 0x80;		/* filesz 0x100 */
	assert_refused(im, "segment");
}

static void test_kernel_space_segment_refused(void **state)
{
	struct image *im = *state;

	im->ph[1].p_vaddr = 0xC0000000u;	/* PAGE_OFFSET: the kernel */
	assert_refused(im, "user space");
	im->ph[1].p_vaddr = 0xC0100000u;
	assert_refused(im, "user space");
	im->ph[1].p_vaddr = 0xBFFFF000u;	/* starts below, ends above */
	assert_refused(im, "user space");
	im->ph[1].p_vaddr = 0xFFFFF000u;	/* vaddr + memsz wraps to 0x800 */
	assert_refused(im, "user space");
	im->ph[1].p_vaddr = DATA_VADDR;
	im->ph[1].p_memsz = 0xC0001000u;	/* bigger than user space */
	assert_refused(im, "user space");
}

static void test_page_zero_segment_refused(void **state)
{
	struct image *im = *state;

	im->ph[0].p_vaddr = 0;			/* NULL must stay unmapped */
	assert_refused(im, "page 0");
}

static void test_misaligned_segment_refused(void **state)
{
	struct image *im = *state;

	im->ph[1].p_vaddr = DATA_VADDR + 0x10;	/* vaddr and offset disagree mod 4096 */
	assert_refused(im, "aligned");
}

static void test_stack_overlap_refused(void **state)
{
	struct image *im = *state;
	struct elf_info info;

	/* A .bss ending exactly where the stack may grow to is fine ... */
	im->ph[1].p_memsz = (STACK_TOP - STACK_LIMIT) - DATA_VADDR;
	assert_null(check(im->bytes, im->size, &info));
	assert_int_equal(info.end, STACK_TOP - STACK_LIMIT);
	/* ... one page more is not. */
	im->ph[1].p_memsz += PAGE_SIZE;
	assert_refused(im, "stack");
}

static void test_no_load_segment_refused(void **state)
{
	struct image *im = *state;

	im->ph[0].p_type = 4;			/* PT_NOTE */
	im->ph[1].p_type = 4;
	assert_refused(im, "loadable");
}

/* Random byte flips in the headers: whatever elf_check accepts must really
 * be loadable (every PT_LOAD inside the file and inside user space), and it
 * must never read outside the image. */
static void test_fuzzed_headers(void **state)
{
	struct image *im = *state;
	unsigned char orig[IMG_SIZE];
	unsigned int seed = 7;
	int accepted = 0;

	memcpy(orig, im->bytes, IMG_SIZE);
	for (int iter = 0; iter < 20000; iter++) {
		struct elf_info info;
		int flips = 1 + iter % 4;

		memcpy(im->bytes, orig, IMG_SIZE);
		for (int f = 0; f < flips; f++) {
			seed = seed * 1103515245 + 12345;
			size_t at = (seed >> 8) % (sizeof(Elf32_Ehdr) + 3 * sizeof(Elf32_Phdr));
			seed = seed * 1103515245 + 12345;
			im->bytes[at] ^= 1u << ((seed >> 16) % 8);
		}
		if (check(im->bytes, IMG_SIZE, &info))
			continue;
		accepted++;
		assert_int_equal(im->eh->e_machine, EM_386);
		assert_int_equal(im->eh->e_type, ET_EXEC);
		for (int i = 0; i < im->eh->e_phnum; i++) {
			const Elf32_Phdr *p = (const Elf32_Phdr *)(im->bytes + im->eh->e_phoff) + i;

			assert_true(p->p_type != PT_INTERP && p->p_type != PT_DYNAMIC);
			if (p->p_type != PT_LOAD)
				continue;
			assert_true((uint64_t)p->p_offset + p->p_filesz <= IMG_SIZE);
			assert_true(p->p_filesz <= p->p_memsz);
			assert_true(p->p_vaddr >= MMAP_MIN_ADDR);
			assert_true((uint64_t)p->p_vaddr + p->p_memsz <= STACK_TOP - STACK_LIMIT);
			assert_true((uint64_t)p->p_vaddr + p->p_memsz <= info.end);
		}
	}
	assert_true(accepted > 100);		/* most flips hit harmless bytes */
}

/* --- the real binaries, when the i386 build has produced them --- */

static unsigned char *read_file(const char *path, size_t *size)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf;
	long n;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = malloc(n > 0 ? n : 1);
	if (n <= 0 || fread(buf, 1, n, f) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	*size = n;
	return buf;
}

/* Check a real program: accepted, and the values the auxiliary vector and
 * brk get agree with what its own headers say. */
static void check_real_program(const char *name)
{
	char path[512];
	size_t size;
	unsigned char *img;
	struct elf_info info;
	const char *why;

	snprintf(path, sizeof(path), "%s/%s", unit_build_dir(), name);
	img = read_file(path, &size);
	if (!img) {
		print_message("%s not built: skipped\n", path);
		skip();
	}
	why = check(img, size, &info);
	if (why)
		fail_msg("%s refused: %s", path, why);

	const Elf32_Ehdr *eh = (const Elf32_Ehdr *)img;
	const Elf32_Phdr *ph = (const Elf32_Phdr *)(img + eh->e_phoff);
	u32 end = 0, phdr = 0, file_end = 0;

	for (int i = 0; i < eh->e_phnum; i++) {
		if (ph[i].p_type != PT_LOAD)
			continue;
		if (ph[i].p_vaddr + ph[i].p_memsz > end)
			end = ph[i].p_vaddr + ph[i].p_memsz;
		if (ph[i].p_offset + ph[i].p_filesz > file_end)
			file_end = ph[i].p_offset + ph[i].p_filesz;
		if (ph[i].p_offset == 0)	/* the segment that maps the ELF header */
			phdr = ph[i].p_vaddr + eh->e_phoff;
	}
	assert_int_equal(info.entry, eh->e_entry);
	assert_int_equal(info.phnum, eh->e_phnum);
	assert_int_equal(info.end, end);
	assert_int_not_equal(phdr, 0);
	assert_int_equal(info.phdr_addr, phdr);

	/* Cut right after its last segment's bytes (debug info dropped), it
	 * still runs; one byte shorter, it must be refused. */
	why = check(img, file_end, &info);
	if (why)
		fail_msg("%s cut to %u bytes refused: %s", path, file_end, why);
	assert_non_null(check(img, file_end - 1, &info));
	free(img);
}

static void test_real_user_hello(void **state)
{
	check_real_program("user/hello");
}

static void test_real_musl_hello(void **state)
{
	check_real_program("musl/hello");
}

/* The kernel itself is an ELF32 ET_EXEC for i386 too, but it lives at
 * 0xC0100000: it must be refused as a user program. */
static void test_real_kernel_refused(void **state)
{
	char path[512];
	size_t size;
	unsigned char *img;
	struct elf_info info;
	const char *why;

	snprintf(path, sizeof(path), "%s/kernel", unit_build_dir());
	img = read_file(path, &size);
	if (!img) {
		print_message("%s not built: skipped\n", path);
		skip();
	}
	assert_int_equal(((Elf32_Ehdr *)img)->e_type, ET_EXEC);
	why = check(img, size, &info);
	assert_non_null(why);
	assert_non_null(strstr(why, "user space"));
	free(img);
}

#define T(f) cmocka_unit_test_setup_teardown(f, make_valid, free_image)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_valid_image_accepted),
		T(test_end_and_phdr_any_order),
		cmocka_unit_test(test_garbage_refused),
		T(test_truncated_refused),
		T(test_elf64_refused),
		T(test_big_endian_refused),
		T(test_wrong_machine_refused),
		T(test_not_exec_refused),
		T(test_dynamic_refused),
		T(test_bad_program_header_table_refused),
		T(test_segment_outside_file_refused),
		T(test_filesz_greater_than_memsz_refused),
		T(test_kernel_space_segment_refused),
		T(test_page_zero_segment_refused),
		T(test_misaligned_segment_refused),
		T(test_stack_overlap_refused),
		T(test_no_load_segment_refused),
		T(test_fuzzed_headers),
		cmocka_unit_test(test_real_user_hello),
		cmocka_unit_test(test_real_musl_hello),
		cmocka_unit_test(test_real_kernel_refused),
	};

	return cmocka_run_group_tests_name("kernel/binfmt_elf.c: elf_check", tests, NULL, NULL);
}
