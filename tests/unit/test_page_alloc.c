/* Unit tests for kernel/page_alloc.c, the bitmap physical page allocator.
 * A wrong answer here means two owners for one page or a leaked frame, so
 * every result is checked against a shadow copy of the map kept by the
 * test: never a reserved or used frame, runs contiguous, counts exact. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <linux/mm.h>
#include "unit.h"

#define NPFN 1024			/* the machine the tests pretend to have */

/* Shadow map: what each frame should be. */
enum { RESERVED, FREE, ALLOCATED };
static unsigned char shadow[NPFN];

static unsigned long shadow_count(int what)
{
	unsigned long n = 0;

	for (int i = 0; i < NPFN; i++)
		n += shadow[i] == what;
	return n;
}

static bool shadow_has_run(unsigned int count)
{
	unsigned int run = 0;

	for (int i = 0; i < NPFN; i++) {
		run = shadow[i] == FREE ? run + 1 : 0;
		if (run >= count)
			return true;
	}
	return false;
}

static void shadow_set(unsigned long start, unsigned long end, int what)
{
	for (unsigned long p = start; p < end && p < NPFN; p++)
		shadow[p] = what;
}

/* Allocate and check the answer against the shadow map. */
static long checked_alloc(unsigned int count)
{
	bool possible = count > 0 && shadow_has_run(count);
	long pfn = alloc_pfns(count);

	if (!possible) {
		assert_int_equal(pfn, -1);
		return pfn;
	}
	assert_true(pfn >= 0);
	assert_true((unsigned long)pfn + count <= NPFN);
	for (unsigned int i = 0; i < count; i++) {
		if (shadow[pfn + i] != FREE)
			fail_msg("alloc_pfns(%u) = %ld hands out frame %ld, which is %s",
				 count, pfn, pfn + i, shadow[pfn + i] == RESERVED ? "reserved" : "in use");
		shadow[pfn + i] = ALLOCATED;
	}
	return pfn;
}

static void check_counts(void)
{
	assert_int_equal(nr_free_pages(), shadow_count(FREE));
	assert_int_equal(nr_total_pages(), shadow_count(FREE) + shadow_count(ALLOCATED));
}

/* The boot sequence: all RAM freed, then the kernel image and boot data
 * reserved, as start_kernel does. */
static int boot_like(void **state)
{
	free_area_init(NPFN);
	memset(shadow, RESERVED, sizeof(shadow));
	free_pfn_range(0x100, NPFN);		/* RAM above 1 MiB */
	shadow_set(0x100, NPFN, FREE);
	free_pfn_range(1, 0x9f);		/* low memory, page 0 kept */
	shadow_set(1, 0x9f, FREE);
	reserve_pfn_range(0x100, 0x140);	/* kernel image */
	shadow_set(0x100, 0x140, RESERVED);
	reserve_pfn_range(0x200, 0x203);	/* a module */
	shadow_set(0x200, 0x203, RESERVED);
	unit_panic_count = 0;
	return 0;
}

static void test_nothing_free_before_free_pfn_range(void **state)
{
	free_area_init(NPFN);
	assert_int_equal(nr_free_pages(), 0);
	assert_int_equal(nr_total_pages(), 0);
	assert_int_equal(alloc_pfns(1), -1);
}

static void test_boot_counts(void **state)
{
	check_counts();
	assert_int_equal(nr_free_pages(), (NPFN - 0x100) + (0x9f - 1) - 0x40 - 3);
	assert_int_equal(nr_total_pages(), nr_free_pages());
}

/* Freeing or reserving a range twice must not count its frames twice;
 * ranges are clipped at max_pfn. */
static void test_ranges_idempotent_and_clipped(void **state)
{
	unsigned long free0 = nr_free_pages();

	free_pfn_range(0x300, 0x310);		/* already free */
	reserve_pfn_range(0x100, 0x140);	/* already reserved */
	assert_int_equal(nr_free_pages(), free0);
	reserve_pfn_range(NPFN - 4, NPFN + 1000);
	shadow_set(NPFN - 4, NPFN, RESERVED);
	check_counts();
	free_pfn_range(NPFN - 4, NPFN + 1000);
	shadow_set(NPFN - 4, NPFN, FREE);
	check_counts();
	assert_int_equal(nr_free_pages(), free0);
}

/* More memory than the kernel maps (256 MiB of low memory) is ignored. */
static void test_max_pfn_clipped_to_lowmem(void **state)
{
	free_area_init(1UL << 20);		/* 4 GiB of frames */
	free_pfn_range(0, 1UL << 20);
	assert_int_equal(nr_total_pages(), LOWMEM_LIMIT / PAGE_SIZE);
	assert_int_equal(nr_free_pages(), LOWMEM_LIMIT / PAGE_SIZE);
}

/* Take every frame one at a time: each is handed out once, none of them
 * reserved, and the count of successes is exactly what was free. */
static void test_single_frames_until_exhausted(void **state)
{
	unsigned long free0 = nr_free_pages(), got = 0;

	while (checked_alloc(1) >= 0)
		got++;
	assert_int_equal(got, free0);
	assert_int_equal(nr_free_pages(), 0);
	assert_int_equal(alloc_pfns(1), -1);
	assert_int_equal(nr_free_pages(), 0);
	check_counts();
}

static void test_invalid_counts_fail_cleanly(void **state)
{
	unsigned long free0 = nr_free_pages();

	assert_int_equal(alloc_pfns(0), -1);
	assert_int_equal(alloc_pfns(free0 + 1), -1);
	assert_int_equal(alloc_pfns(0xffffffffu), -1);
	/* Enough frames in total, but no run long enough: the largest free
	 * run is [0x203, NPFN). */
	assert_int_equal(alloc_pfns(NPFN - 0x203 + 1), -1);
	assert_int_equal(nr_free_pages(), free0);
	check_counts();
	assert_int_equal(checked_alloc(NPFN - 0x203), 0x203);
}

/* Contiguous runs across holes: a run must never straddle a reserved
 * frame, and allocating all that fits then freeing restores the counts. */
static void test_runs_skip_holes(void **state)
{
	unsigned long free0 = nr_free_pages(), total0 = nr_total_pages();
	long runs[NPFN];
	int n = 0;

	for (int p = 0x150; p < NPFN; p += 37) {	/* poke holes */
		reserve_pfn_range(p, p + 1);
		shadow_set(p, p + 1, RESERVED);
	}
	check_counts();
	while ((runs[n] = checked_alloc(5)) >= 0)
		n++;
	assert_true(n > 10);
	check_counts();
	for (int i = 0; i < n; i++) {
		free_pfns(runs[i], 5);
		shadow_set(runs[i], runs[i] + 5, FREE);
		check_counts();
	}
	assert_int_equal(nr_total_pages(), total0 - (free0 - shadow_count(FREE)));
	assert_int_equal(nr_free_pages(), nr_total_pages());
}

/* A long random workload of mixed-size allocations and frees, checked
 * against the shadow map after every step.  alloc_pfns must succeed
 * whenever some run of free frames is long enough, wherever its hint is. */
static void test_random_workload(void **state)
{
	struct { long pfn; unsigned int count; } live[512];
	int nlive = 0;
	unsigned int seed = 42;

	for (int step = 0; step < 20000; step++) {
		seed = seed * 1103515245 + 12345;
		if (nlive < 512 && (nlive == 0 || (seed >> 16) % 3)) {
			unsigned int count = 1 + (seed >> 8) % 8;
			long pfn = checked_alloc(count);

			if (pfn >= 0) {
				live[nlive].pfn = pfn;
				live[nlive++].count = count;
			}
		} else {
			int i = (seed >> 4) % nlive;

			free_pfns(live[i].pfn, live[i].count);
			shadow_set(live[i].pfn, live[i].pfn + live[i].count, FREE);
			live[i] = live[--nlive];
		}
		check_counts();
	}
	assert_int_equal(unit_panic_count, 0);
}

/* The search starts after the last allocation and wraps around: frames
 * freed behind the hint are found again, also as part of a run that
 * begins before the hint and ends after it. */
static void test_search_wraps_around(void **state)
{
	free_area_init(64);
	memset(shadow, RESERVED, sizeof(shadow));
	free_pfn_range(0, 64);
	shadow_set(0, 64, FREE);

	assert_int_equal(checked_alloc(40), 0);		/* hint now 40 */
	free_pfns(38, 2);
	shadow_set(38, 40, FREE);
	assert_int_equal(checked_alloc(26), 38);	/* 38..63 straddles 40 */
	assert_int_equal(nr_free_pages(), 0);

	free_pfns(0, 3);				/* hint is now at the end */
	shadow_set(0, 3, FREE);
	assert_int_equal(checked_alloc(2), 0);
	assert_int_equal(checked_alloc(1), 2);
	assert_int_equal(checked_alloc(1), -1);
	check_counts();
}

/* Freeing a frame that is not allocated is a kernel bug: BUG_ON panics. */
static void test_double_free_panics(void **state)
{
	long pfn = checked_alloc(2);

	free_pfns(pfn, 2);
	expect_assert_failure(free_pfns(pfn, 1));
	assert_int_equal(unit_panic_count, 1);
	assert_non_null(strstr(unit_panic_buf, "BUG"));
}

static void test_free_past_end_panics(void **state)
{
	long pfn = checked_alloc(NPFN - 0x203);		/* up to the last frame */

	assert_int_equal(pfn, 0x203);
	expect_assert_failure(free_pfns(NPFN, 1));
	expect_assert_failure(free_pfns(pfn, NPFN - 0x203 + 1));	/* one too many */
	assert_int_equal(unit_panic_count, 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nothing_free_before_free_pfn_range),
		cmocka_unit_test(test_max_pfn_clipped_to_lowmem),
		cmocka_unit_test_setup(test_boot_counts, boot_like),
		cmocka_unit_test_setup(test_ranges_idempotent_and_clipped, boot_like),
		cmocka_unit_test_setup(test_single_frames_until_exhausted, boot_like),
		cmocka_unit_test_setup(test_invalid_counts_fail_cleanly, boot_like),
		cmocka_unit_test_setup(test_runs_skip_holes, boot_like),
		cmocka_unit_test_setup(test_random_workload, boot_like),
		cmocka_unit_test(test_search_wraps_around),
		cmocka_unit_test_setup(test_double_free_panics, boot_like),
		cmocka_unit_test_setup(test_free_past_end_panics, boot_like),
	};

	return cmocka_run_group_tests_name("kernel/page_alloc.c", tests, NULL, NULL);
}
