/* kernel/memory.c — user address spaces: page directories and page tables.
 *
 * Each process has its own page directory.  Its upper quarter (entries
 * 768..1023) is a copy of swapper_pg_dir's, the kernel's 4 MiB mappings,
 * which never change after boot — so copying once is enough.  The lower
 * three quarters map user pages through 4 KiB page tables with the USER
 * bit set.  These functions are the only place that writes user page
 * tables; brk, mmap, the ELF loader and fork all go through them.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/errno.h>
#include <linux/io.h>

#define PGDIR_SHIFT	22
#define USER_PDES	(TASK_SIZE >> PGDIR_SHIFT)	/* 768 */

static inline unsigned long pde_index(unsigned long a) { return a >> PGDIR_SHIFT; }
static inline unsigned long pte_index(unsigned long a) { return (a >> PAGE_SHIFT) & 1023; }

struct mm_struct *mm_alloc(void)
{
	struct mm_struct *mm = kzalloc(sizeof(*mm));

	if (!mm)
		return NULL;
	mm->pgd = get_zeroed_page();
	if (!mm->pgd) {
		kfree(mm);
		return NULL;
	}
	memcpy(mm->pgd + USER_PDES, swapper_pg_dir + USER_PDES, (1024 - USER_PDES) * 4);
	mm->users = 1;
	return mm;
}

/* The page table entry for addr, or NULL if there is no page table. */
u32 *lookup_pte(struct mm_struct *mm, unsigned long addr)
{
	u32 pde;

	if (addr >= TASK_SIZE)
		return NULL;
	pde = mm->pgd[pde_index(addr)];
	if (!(pde & _PAGE_PRESENT))
		return NULL;
	return (u32 *)__va(pde & PAGE_MASK) + pte_index(addr);
}

static u32 *alloc_pte(struct mm_struct *mm, unsigned long addr)
{
	u32 *pde = &mm->pgd[pde_index(addr)];

	if (!(*pde & _PAGE_PRESENT)) {
		u32 *pt = get_zeroed_page();

		if (!pt)
			return NULL;
		*pde = __pa(pt) | _PAGE_PRESENT | _PAGE_RW | _PAGE_USER;
	}
	return (u32 *)__va(*pde & PAGE_MASK) + pte_index(addr);
}

static void set_user_pte(struct mm_struct *mm, u32 *pte, u32 val, unsigned long addr)
{
	*pte = val;
	if (mm->pgd == __va(read_cr3()))
		__flush_tlb_one(addr);
}

/* Map fresh zeroed pages over [start, end) (page aligned).  Pages already
 * mapped there stay as they are, except that `writable` may be added: the
 * ELF loader maps segments that share a page this way. */
int map_zero_pages(struct mm_struct *mm, unsigned long start, unsigned long end, bool writable)
{
	for (unsigned long a = start; a < end; a += PAGE_SIZE) {
		u32 *pte = alloc_pte(mm, a);
		void *page;

		if (!pte)
			return -ENOMEM;
		if (*pte & _PAGE_PRESENT) {
			if (writable)
				set_user_pte(mm, pte, *pte | _PAGE_RW, a);
			continue;
		}
		page = get_zeroed_page();
		if (!page)
			return -ENOMEM;
		set_user_pte(mm, pte, __pa(page) | _PAGE_PRESENT | _PAGE_USER | (writable ? _PAGE_RW : 0), a);
		mm->nr_pages++;
	}
	return 0;
}

void unmap_pages(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	for (unsigned long a = start; a < end; a += PAGE_SIZE) {
		u32 *pte = lookup_pte(mm, a);

		if (!pte) {		/* no page table: skip to the next one */
			a = ALIGN_DOWN(a, 1ul << PGDIR_SHIFT) + (1ul << PGDIR_SHIFT) - PAGE_SIZE;
			continue;
		}
		if (*pte & _PAGE_PRESENT) {
			free_page(__va(*pte & PAGE_MASK));
			mm->nr_pages--;
		}
		if (*pte)
			set_user_pte(mm, pte, 0, a);
	}
}

/* True if nothing at all (not even a PROT_NONE reservation) is in [start, end). */
bool range_is_free(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	for (unsigned long a = start; a < end; a += PAGE_SIZE) {
		u32 *pte = lookup_pte(mm, a);

		if (pte && *pte)
			return false;
	}
	return true;
}

/* The stack grows on first touch anywhere in its 8 MiB, as Linux's does
 * below the stack pointer. */
int expand_stack(struct mm_struct *mm, unsigned long addr)
{
	u32 *pte;

	if (!mm || addr >= STACK_TOP || addr < STACK_TOP - STACK_LIMIT)
		return -EFAULT;
	pte = lookup_pte(mm, addr);
	if (pte && *pte)
		return -EFAULT;		/* something is there already */
	addr = ALIGN_DOWN(addr, PAGE_SIZE);
	return map_zero_pages(mm, addr, addr + PAGE_SIZE, true);
}

/* The first touch of a reserved page the process may use: give it a
 * zeroed page.  -EFAULT if the access is not allowed there, -ENOMEM if
 * there is no page left. */
int handle_mm_fault(struct mm_struct *mm, unsigned long addr, bool write)
{
	u32 *pte = mm ? lookup_pte(mm, addr) : NULL;
	void *page;

	if (!pte || (*pte & _PAGE_PRESENT) || !(*pte & _PAGE_RESERVED) || !(*pte & _PAGE_USER))
		return -EFAULT;
	if (write && !(*pte & _PAGE_RW))
		return -EFAULT;
	page = get_zeroed_page();
	if (!page)
		return -ENOMEM;
	set_user_pte(mm, pte, __pa(page) | _PAGE_PRESENT | (*pte & (_PAGE_USER | _PAGE_RW)), addr);
	mm->nr_pages++;
	return 0;
}

/* The kernel address of the user page holding addr, if the process may
 * access it (for writing, if `write`); the stack is grown, or a reserved
 * page given its page, if needed. */
void *user_page_kaddr(struct mm_struct *mm, unsigned long addr, bool write)
{
	u32 *pte = lookup_pte(mm, addr);

	if ((!pte || !*pte) && expand_stack(mm, addr) == 0)
		pte = lookup_pte(mm, addr);
	if (pte && !(*pte & _PAGE_PRESENT) && handle_mm_fault(mm, addr, write) == 0)
		pte = lookup_pte(mm, addr);
	if (!pte || !(*pte & _PAGE_PRESENT) || !(*pte & _PAGE_USER))
		return NULL;
	if (write && !(*pte & _PAGE_RW))
		return NULL;
	return (char *)__va(*pte & PAGE_MASK) + (addr & ~PAGE_MASK);
}

/* Copy len bytes to user address addr of mm, which need not be the current
 * address space: we go through the kernel's mapping of each page, which
 * must already be mapped (the ELF loader and exec map before they copy). */
void copy_to_mm(struct mm_struct *mm, unsigned long addr, const void *src, size_t len)
{
	const char *s = src;

	while (len) {
		u32 *pte = lookup_pte(mm, addr);
		size_t chunk = min(len, PAGE_SIZE - (addr & ~PAGE_MASK));

		BUG_ON(!pte || !(*pte & _PAGE_PRESENT));
		memcpy((char *)__va(*pte & PAGE_MASK) + (addr & ~PAGE_MASK), s, chunk);
		addr += chunk;
		s += chunk;
		len -= chunk;
	}
}

/* fork: a plain copy of every user page.  (Copy-on-write would share them;
 * tests/ measure what the copy costs.) */
struct mm_struct *dup_mm(struct mm_struct *old)
{
	struct mm_struct *mm = mm_alloc();

	if (!mm)
		return NULL;
	mm->start_brk = old->start_brk;
	mm->brk = old->brk;
	for (unsigned long i = 0; i < USER_PDES; i++) {
		u32 *opt, *npt;

		if (!(old->pgd[i] & _PAGE_PRESENT))
			continue;
		opt = __va(old->pgd[i] & PAGE_MASK);
		for (int j = 0; j < 1024; j++) {
			unsigned long addr = (i << PGDIR_SHIFT) | (j << PAGE_SHIFT);
			void *page;

			if (!opt[j])
				continue;
			npt = alloc_pte(mm, addr);
			if (!npt)
				goto fail;
			if (!(opt[j] & _PAGE_PRESENT)) {
				*npt = opt[j];		/* a PROT_NONE reservation */
				continue;
			}
			page = alloc_pages_exact(1);
			if (!page)
				goto fail;
			copy_page(page, __va(opt[j] & PAGE_MASK));
			*npt = __pa(page) | (opt[j] & ~PAGE_MASK);
			mm->nr_pages++;
		}
	}
	return mm;
fail:
	mmput(mm);
	return NULL;
}

void switch_mm(struct mm_struct *mm)
{
	write_cr3(__pa(mm ? mm->pgd : swapper_pg_dir));
}

/* One user fewer; the last frees every user page, every page table, the
 * directory and the record.  The caller must not be running on this
 * address space if it may be the last. */
void mmput(struct mm_struct *mm)
{
	if (--mm->users > 0)
		return;
	for (unsigned long i = 0; i < USER_PDES; i++) {
		u32 *pt;

		if (!(mm->pgd[i] & _PAGE_PRESENT))
			continue;
		pt = __va(mm->pgd[i] & PAGE_MASK);
		for (int j = 0; j < 1024; j++)
			if (pt[j] & _PAGE_PRESENT)
				free_page(__va(pt[j] & PAGE_MASK));
		free_page(pt);
	}
	free_page(mm->pgd);
	kfree(mm);
}
