/* include/linux/mm.h — memory: physical pages, address spaces, kmalloc.
 *
 * Physical RAM below 256 MiB is mapped at PAGE_OFFSET in every address
 * space, so the kernel reaches any page through __va(physical).  Free pages
 * are tracked one bit each (kernel/page_alloc.c); small objects come from
 * kmalloc (kernel/slab.c).  A process's user space is its own page
 * directory and page tables (kernel/memory.c): text, data and heap are
 * allocated when mapped, the stack on first touch (expand_stack).
 */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/types.h>
#include <linux/linkage.h>
#include "string.h"

#define PAGE_SHIFT	12
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#define PAGE_MASK	(~(PAGE_SIZE - 1))
#define PAGE_ALIGN(x)	(((x) + PAGE_SIZE - 1) & PAGE_MASK)

#define __va(pa)	((void *)((unsigned long)(pa) + PAGE_OFFSET))
#define __pa(va)	((unsigned long)(va) - PAGE_OFFSET)

/* User address space layout (Linux i386-like). */
#define TASK_SIZE	0xC0000000UL	/* user space is [0, TASK_SIZE) */
#define STACK_TOP	TASK_SIZE
#define STACK_LIMIT	(8UL << 20)	/* the stack may grow to 8 MiB */
#define MMAP_TOP	(STACK_TOP - STACK_LIMIT - (16UL << 20))
#define MMAP_MIN_ADDR	0x10000UL	/* never map page 0 and its neighbours */

/* Page table entry bits. */
#define _PAGE_PRESENT	0x001
#define _PAGE_RW	0x002
#define _PAGE_USER	0x004
#define _PAGE_PSE	0x080
#define _PAGE_RESERVED	0x200	/* software: reserved, not present yet (below) */
/* A not-present entry with _PAGE_RESERVED is address space the process
 * owns without a page behind it.  Without _PAGE_USER it is PROT_NONE; with
 * it (and _PAGE_RW if writable) the page comes, zeroed, on first touch
 * (handle_mm_fault): how a reservation that mprotect made usable, or an
 * madvise(MADV_DONTNEED) range, is backed.  Linux does this for all
 * anonymous memory; here mmap and brk still map their pages at once. */

/* --- physical pages (kernel/page_alloc.c) --- */
void free_area_init(unsigned long max_pfn);
void reserve_pfn_range(unsigned long start_pfn, unsigned long end_pfn);
void free_pfn_range(unsigned long start_pfn, unsigned long end_pfn);
long alloc_pfns(unsigned int count);		/* contiguous; -1 if none */
void free_pfns(unsigned long pfn, unsigned int count);
unsigned long nr_free_pages(void);
unsigned long nr_total_pages(void);

static inline void *alloc_pages_exact(unsigned int count)
{
	long pfn = alloc_pfns(count);
	return pfn < 0 ? NULL : __va((unsigned long)pfn << PAGE_SHIFT);
}
static inline void free_pages_exact(void *va, unsigned int count)
{
	free_pfns(__pa(va) >> PAGE_SHIFT, count);
}
static inline void free_page(void *va) { free_pages_exact(va, 1); }

/* --- kmalloc (kernel/slab.c) --- */
void *kmalloc(size_t size);
void *kzalloc(size_t size);
void kfree(const void *p);
extern unsigned long kmalloc_live;		/* objects not yet freed */

/* --- address spaces (kernel/memory.c, kernel/mmap.c) --- */
struct mm_struct {
	int users;			/* tasks using it: the threads of a process, a vfork child */
	u32 *pgd;			/* page directory, kernel virtual */
	unsigned long start_brk, brk;	/* the heap: [start_brk, brk) */
	unsigned long nr_pages;		/* user pages mapped (for gdb: p current->mm->nr_pages) */
};

extern u32 swapper_pg_dir[1024];

struct mm_struct *mm_alloc(void);
void mmput(struct mm_struct *mm);
struct mm_struct *dup_mm(struct mm_struct *old);
void switch_mm(struct mm_struct *mm);
int map_zero_pages(struct mm_struct *mm, unsigned long start, unsigned long end, bool writable);
void unmap_pages(struct mm_struct *mm, unsigned long start, unsigned long end);
u32 *lookup_pte(struct mm_struct *mm, unsigned long addr);
bool range_is_free(struct mm_struct *mm, unsigned long start, unsigned long end);
int expand_stack(struct mm_struct *mm, unsigned long addr);
int handle_mm_fault(struct mm_struct *mm, unsigned long addr, bool write);
void copy_to_mm(struct mm_struct *mm, unsigned long addr, const void *src, size_t len);
void *user_page_kaddr(struct mm_struct *mm, unsigned long addr, bool write);

/* Whole pages, a word at a time with the string instructions (Linux:
 * copy_page, clear_page): fork and every new page go through these, and
 * they are several times faster than the byte loops of lib/string.c. */
static inline void copy_page(void *to, const void *from)
{
	unsigned long n = PAGE_SIZE / 4;

	asm volatile("rep movsl" : "+D"(to), "+S"(from), "+c"(n) : : "memory");
}

static inline void clear_page(void *page)
{
	unsigned long n = PAGE_SIZE / 4;

	asm volatile("rep stosl" : "+D"(page), "+c"(n) : "a"(0) : "memory");
}

static inline void *get_zeroed_page(void)
{
	void *p = alloc_pages_exact(1);
	if (p)
		clear_page(p);
	return p;
}

#endif
