/* kernel/page_alloc.c — the physical page allocator.
 *
 * One bit per 4 KiB page frame of low memory: set = in use.  start_kernel
 * frees the frames the multiboot memory map calls available, then reserves
 * the kernel image, the modules and the boot data.  Allocation is a
 * first-fit scan for `count` contiguous free frames (kernel stacks want
 * two); with at most 64 Ki frames the scan is short, and a plain bitmap is
 * easy to inspect from gdb.  Works in page frame numbers only, so the host
 * unit tests run it without any hardware.
 */
#include <linux/kernel.h>
#include <linux/mm.h>

#define MAX_PFN		(LOWMEM_LIMIT >> PAGE_SHIFT)
#define BITS		32

static u32 used_map[MAX_PFN / BITS];
static unsigned long max_pfn_seen, nr_free, nr_total, next_hint;

static bool pfn_used(unsigned long pfn) { return used_map[pfn / BITS] & (1u << (pfn % BITS)); }
static void set_used(unsigned long pfn) { used_map[pfn / BITS] |= 1u << (pfn % BITS); }
static void set_free(unsigned long pfn) { used_map[pfn / BITS] &= ~(1u << (pfn % BITS)); }

/* Everything starts in use; only what the memory map says is RAM is freed. */
void free_area_init(unsigned long max_pfn)
{
	memset(used_map, 0xff, sizeof(used_map));
	max_pfn_seen = max_pfn < MAX_PFN ? max_pfn : MAX_PFN;
	nr_free = nr_total = next_hint = 0;
}

void free_pfn_range(unsigned long start, unsigned long end)
{
	for (unsigned long pfn = start; pfn < end && pfn < max_pfn_seen; pfn++)
		if (pfn_used(pfn)) {
			set_free(pfn);
			nr_free++;
			nr_total++;
		}
}

void reserve_pfn_range(unsigned long start, unsigned long end)
{
	for (unsigned long pfn = start; pfn < end && pfn < max_pfn_seen; pfn++)
		if (!pfn_used(pfn)) {
			set_used(pfn);
			nr_free--;
			nr_total--;
		}
}

long alloc_pfns(unsigned int count)
{
	unsigned long pfn, run = 0;

	if (count == 0 || count > nr_free)
		return -1;
	/* Two passes: from the hint to the end, then from 0. */
	for (int pass = 0; pass < 2; pass++) {
		unsigned long start = pass ? 0 : next_hint;

		run = 0;
		for (pfn = start; pfn < max_pfn_seen; pfn++) {
			run = pfn_used(pfn) ? 0 : run + 1;
			if (run == count) {
				unsigned long first = pfn + 1 - count;

				for (unsigned long p = first; p <= pfn; p++)
					set_used(p);
				nr_free -= count;
				next_hint = pfn + 1;
				return first;
			}
		}
	}
	return -1;
}

void free_pfns(unsigned long pfn, unsigned int count)
{
	for (unsigned int i = 0; i < count; i++) {
		BUG_ON(pfn + i >= max_pfn_seen || !pfn_used(pfn + i));
		set_free(pfn + i);
	}
	nr_free += count;
}

unsigned long nr_free_pages(void) { return nr_free; }
unsigned long nr_total_pages(void) { return nr_total; }
