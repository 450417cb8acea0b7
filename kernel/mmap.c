/* kernel/mmap.c — a process's memory: brk, mmap2, munmap, mprotect, madvise.
 *
 * The heap starts right after the program's data (start_brk, set by the
 * ELF loader) and grows up; anonymous mmap regions are placed top-down
 * below MMAP_TOP, under the stack's 8 MiB.  Both map zeroed pages at once
 * (no demand paging except the stack, and reservations that mprotect made
 * usable, include/linux/mm.h), so the page tables alone say what is
 * mapped: there is no separate list of regions to keep in step.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/errno.h>
#include <linux/syscalls.h>
#include <uapi/asm/mman.h>
#include <linux/io.h>

/* brk(2) as the kernel sees it: returns the new break, or the old one if
 * the request cannot be met (the C library turns that into ENOMEM). */
long sys_brk(unsigned long brk)
{
	struct mm_struct *mm = current->mm;
	unsigned long old = PAGE_ALIGN(mm->brk), new = PAGE_ALIGN(brk);

	if (brk < mm->start_brk || brk >= MMAP_TOP - PAGE_SIZE)
		return mm->brk;
	if (new > old) {
		if (!range_is_free(mm, old, new))
			return mm->brk;
		if (map_zero_pages(mm, old, new, true)) {
			unmap_pages(mm, old, new);
			return mm->brk;
		}
	} else if (new < old) {
		unmap_pages(mm, new, old);
	}
	mm->brk = brk;
	return brk;
}

/* The highest page in [start, end) that something uses, or 0. */
static unsigned long highest_used(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	for (unsigned long a = end; a > start; a -= PAGE_SIZE) {
		u32 *pte = lookup_pte(mm, a - PAGE_SIZE);

		if (pte && *pte)
			return a - PAGE_SIZE;
	}
	return 0;
}

/* A free range of len bytes, searched top-down from MMAP_TOP, above the
 * heap.  Each collision moves the search below the page in the way, so
 * the walk stays linear in the size of the space searched. */
static unsigned long get_unmapped_area(struct mm_struct *mm, unsigned long len)
{
	unsigned long floor = max(PAGE_ALIGN(mm->brk) + PAGE_SIZE, MMAP_MIN_ADDR);
	unsigned long addr, used;

	if (floor >= MMAP_TOP || len > MMAP_TOP - floor)
		return 0;		/* (and MMAP_TOP - len cannot wrap) */
	addr = MMAP_TOP - len;
	for (;;) {
		used = highest_used(mm, addr, addr + len);
		if (!used)
			return addr;
		if (used - floor < len)
			return 0;
		addr = used - len;
	}
}

long sys_mmap_pgoff(unsigned long addr, unsigned long len, unsigned long prot,
		    unsigned long flags, unsigned long fd, unsigned long pgoff)
{
	struct mm_struct *mm = current->mm;
	int err;

	(void)pgoff;
	if (!len)
		return -EINVAL;
	len = PAGE_ALIGN(len);
	if (!len || len > TASK_SIZE)
		return -ENOMEM;
	if ((flags & MAP_TYPE) != MAP_PRIVATE && (flags & MAP_TYPE) != MAP_SHARED)
		return -EINVAL;
	if (!(flags & MAP_ANONYMOUS))
		return (int)fd < 0 ? -EBADF : -ENODEV;	/* no mappable files here */
	if ((flags & MAP_TYPE) == MAP_SHARED)
		return -EINVAL;		/* shared memory needs shared pages: later */
	if (flags & MAP_FIXED) {
		if (addr & ~PAGE_MASK)
			return -EINVAL;
		if (addr < MMAP_MIN_ADDR)
			return -EPERM;		/* as Linux's mmap_min_addr */
		if (addr > TASK_SIZE - len)
			return -ENOMEM;
		unmap_pages(mm, addr, addr + len);
	} else {
		addr = PAGE_ALIGN(addr);
		if (!addr || addr < MMAP_MIN_ADDR || addr > TASK_SIZE - len ||
		    !range_is_free(mm, addr, addr + len))
			addr = get_unmapped_area(mm, len);
		if (!addr)
			return -ENOMEM;
	}
	if (!(prot & (PROT_READ | PROT_WRITE | PROT_EXEC))) {
		/* PROT_NONE: reserve the range; any access faults. */
		for (unsigned long a = addr; a < addr + len; a += PAGE_SIZE) {
			err = map_zero_pages(mm, a, a + PAGE_SIZE, false);
			if (err)
				goto fail;
			unmap_pages(mm, a, a + PAGE_SIZE);
			*lookup_pte(mm, a) = _PAGE_RESERVED;
		}
		return addr;
	}
	err = map_zero_pages(mm, addr, addr + len, prot & PROT_WRITE);
	if (err)
		goto fail;
	return addr;
fail:
	unmap_pages(mm, addr, addr + len);
	return err;
}

/* mprotect: change what the user may do with mapped pages.  Read/write is
 * the RW bit; PROT_NONE takes the USER bit away, so every user access —
 * and every copy_from_user — fails, while the page stays the process's.
 * A range with an unmapped page in it is ENOMEM, as Linux says. */
long sys_mprotect(unsigned long addr, size_t len, unsigned long prot)
{
	struct mm_struct *mm = current->mm;
	unsigned long end;

	if (addr & ~PAGE_MASK)
		return -EINVAL;
	if (len && !PAGE_ALIGN(len))
		return -ENOMEM;			/* the length wrapped */
	len = PAGE_ALIGN(len);
	end = addr + len;
	if (end < addr || end > TASK_SIZE)
		return -ENOMEM;
	for (unsigned long a = addr; a < end; a += PAGE_SIZE) {
		u32 *pte = lookup_pte(mm, a);

		if (!pte || !*pte)
			return -ENOMEM;
	}
	for (unsigned long a = addr; a < end; a += PAGE_SIZE) {
		u32 *pte = lookup_pte(mm, a);

		/* A reservation (no page yet) records the access it will
		 * allow: made usable, it gets its page on first touch.
		 * Thread stacks are reserved, then made usable, and mostly
		 * never touched (8 MiB each with glibc). */
		*pte &= ~(_PAGE_RW | _PAGE_USER);
		if (prot & (PROT_READ | PROT_WRITE | PROT_EXEC))
			*pte |= _PAGE_USER;
		if (prot & PROT_WRITE)
			*pte |= _PAGE_RW;
		__flush_tlb_one(a);
	}
	return 0;
}

/* madvise: MADV_DONTNEED (and MADV_FREE, which may behave the same)
 * gives the pages back; the range stays mapped and reads as zeros again
 * (glibc does it to the stacks of threads that ended).  The other
 * advice only says how memory will be used: nothing to do here. */
long sys_madvise(unsigned long addr, size_t len, int advice)
{
	struct mm_struct *mm = current->mm;
	unsigned long end;

	if (addr & ~PAGE_MASK)
		return -EINVAL;
	switch (advice) {
	case MADV_NORMAL: case MADV_RANDOM: case MADV_SEQUENTIAL: case MADV_WILLNEED:
	case MADV_DONTNEED: case MADV_FREE:
		break;
	default:
		return -EINVAL;
	}
	len = PAGE_ALIGN(len);
	end = addr + len;
	if (end < addr || end > TASK_SIZE)
		return -EINVAL;
	for (unsigned long a = addr; a < end; a += PAGE_SIZE) {
		u32 *pte = lookup_pte(mm, a);

		if (!pte || !*pte)
			return -ENOMEM;
	}
	if (advice != MADV_DONTNEED && advice != MADV_FREE)
		return 0;
	for (unsigned long a = addr; a < end; a += PAGE_SIZE) {
		u32 *pte = lookup_pte(mm, a);

		if (!(*pte & _PAGE_PRESENT))
			continue;
		free_page(__va(*pte & PAGE_MASK));
		mm->nr_pages--;
		*pte = _PAGE_RESERVED | (*pte & (_PAGE_USER | _PAGE_RW));
		__flush_tlb_one(a);
	}
	return 0;
}

long sys_munmap(unsigned long addr, size_t len)
{
	if ((addr & ~PAGE_MASK) || !len || !PAGE_ALIGN(len) || addr > TASK_SIZE ||
	    PAGE_ALIGN(len) > TASK_SIZE - addr)
		return -EINVAL;
	unmap_pages(current->mm, addr, addr + PAGE_ALIGN(len));
	return 0;
}
