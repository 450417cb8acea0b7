/* kernel/slab.c — kmalloc: small kernel objects (sockets, packet buffers,
 * files, address-space records).
 *
 * Sizes are rounded up to a power of two from 16 to 2048 bytes.  Each size
 * class carves whole pages into equal objects; a page starts with a small
 * header naming its class and counting its objects in use, so kfree finds
 * everything from the pointer alone, and a page whose last object is freed
 * goes straight back to the page allocator — which is what lets the
 * "free pages return to where they started" checks work.  Larger requests
 * get whole contiguous pages with the same header.
 */
#include <linux/kernel.h>
#include <linux/mm.h>

#define MIN_SHIFT	4
#define MAX_SHIFT	11
#define NR_CLASSES	(MAX_SHIFT - MIN_SHIFT + 1)

struct slab_page {
	int shift;			/* size class, or 0 for a large block */
	unsigned int inuse;		/* objects handed out (or pages, large) */
	void *freelist;			/* free objects of this page */
	struct slab_page *next;		/* pages of this class with free room */
};

/* Objects start after the header, aligned to their own size (capped). */
#define FIRST_OFFSET(shift) ALIGN(sizeof(struct slab_page), (1u << (shift)) < 64 ? (1u << (shift)) : 64)

static struct slab_page *partial[NR_CLASSES];
unsigned long kmalloc_live;

static struct slab_page *new_slab(int shift)
{
	struct slab_page *sp = alloc_pages_exact(1);
	unsigned long size = 1ul << shift;

	if (!sp)
		return NULL;
	sp->shift = shift;
	sp->inuse = 0;
	sp->freelist = NULL;
	for (unsigned long off = FIRST_OFFSET(shift); off + size <= PAGE_SIZE; off += size) {
		void **obj = (void **)((char *)sp + off);
		*obj = sp->freelist;
		sp->freelist = obj;
	}
	sp->next = partial[shift - MIN_SHIFT];
	partial[shift - MIN_SHIFT] = sp;
	return sp;
}

void *kmalloc(size_t size)
{
	int shift = MIN_SHIFT;
	struct slab_page *sp;
	void **obj;

	if (size > (1u << MAX_SHIFT)) {
		unsigned int pages = PAGE_ALIGN(size + sizeof(struct slab_page)) >> PAGE_SHIFT;

		sp = alloc_pages_exact(pages);
		if (!sp)
			return NULL;
		sp->shift = 0;
		sp->inuse = pages;
		kmalloc_live++;
		return sp + 1;
	}
	while ((1u << shift) < size)
		shift++;
	sp = partial[shift - MIN_SHIFT];
	if (!sp && !(sp = new_slab(shift)))
		return NULL;
	obj = sp->freelist;
	sp->freelist = *obj;
	sp->inuse++;
	if (!sp->freelist)		/* full: off the partial list (it is first) */
		partial[shift - MIN_SHIFT] = sp->next;
	kmalloc_live++;
	return obj;
}

void *kzalloc(size_t size)
{
	void *p = kmalloc(size);

	if (p)
		memset(p, 0, size);
	return p;
}

static void unlink_partial(struct slab_page *sp)
{
	struct slab_page **pp = &partial[sp->shift - MIN_SHIFT];

	while (*pp && *pp != sp)
		pp = &(*pp)->next;
	if (*pp)
		*pp = sp->next;
}

void kfree(const void *p)
{
	struct slab_page *sp;
	bool was_full;

	if (!p)
		return;
	sp = (struct slab_page *)ALIGN_DOWN((unsigned long)p, PAGE_SIZE);
	kmalloc_live--;
	if (sp->shift == 0) {
		free_pages_exact(sp, sp->inuse);
		return;
	}
	was_full = sp->freelist == NULL;
	*(void **)p = sp->freelist;
	sp->freelist = (void *)p;
	if (--sp->inuse == 0) {
		if (!was_full)
			unlink_partial(sp);
		free_page(sp);
	} else if (was_full) {
		sp->next = partial[sp->shift - MIN_SHIFT];
		partial[sp->shift - MIN_SHIFT] = sp;
	}
}
