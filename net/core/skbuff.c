/* net/core/skbuff.c — packet buffers: allocate, grow at either end, queue.
 * See include/linux/skbuff.h for the picture. */
#include <linux/kernel.h>
#include <linux/skbuff.h>
#include <linux/mm.h>

unsigned long nr_skbs;

struct sk_buff *alloc_skb(unsigned int size)
{
	struct sk_buff *skb = kzalloc(sizeof(*skb));

	if (!skb)
		return NULL;
	skb->head = kmalloc(size ? size : 1);
	if (!skb->head) {
		kfree(skb);
		return NULL;
	}
	skb->data = skb->head;
	skb->size = size;
	skb->truesize = size + sizeof(*skb);
	INIT_LIST_HEAD(&skb->list);
	nr_skbs++;
	return skb;
}

void kfree_skb(struct sk_buff *skb)
{
	if (!skb)
		return;
	kfree(skb->head);
	kfree(skb);
	nr_skbs--;
}

void skb_reserve(struct sk_buff *skb, unsigned int len)
{
	skb->data += len;
}

/* Extend the packet at its end; returns where the new bytes go. */
unsigned char *skb_put(struct sk_buff *skb, unsigned int len)
{
	unsigned char *tail = skb->data + skb->len;

	BUG_ON(tail + len > skb->head + skb->size);
	skb->len += len;
	return tail;
}

/* Extend the packet at its front (a header going on). */
unsigned char *skb_push(struct sk_buff *skb, unsigned int len)
{
	BUG_ON(skb->data - len < skb->head);
	skb->data -= len;
	skb->len += len;
	return skb->data;
}

/* Remove len bytes from the front (a header coming off). */
unsigned char *skb_pull(struct sk_buff *skb, unsigned int len)
{
	if (len > skb->len)
		return NULL;
	skb->data += len;
	skb->len -= len;
	return skb->data;
}

void skb_queue_head_init(struct sk_buff_head *q)
{
	INIT_LIST_HEAD(&q->head);
	q->qlen = 0;
}

void skb_queue_tail(struct sk_buff_head *q, struct sk_buff *skb)
{
	list_add_tail(&skb->list, &q->head);
	q->qlen++;
}

struct sk_buff *skb_peek(struct sk_buff_head *q)
{
	return q->qlen ? list_first_entry(&q->head, struct sk_buff, list) : NULL;
}

void skb_unlink(struct sk_buff *skb, struct sk_buff_head *q)
{
	list_del_init(&skb->list);
	q->qlen--;
}

struct sk_buff *skb_dequeue(struct sk_buff_head *q)
{
	struct sk_buff *skb = skb_peek(q);

	if (skb)
		skb_unlink(skb, q);
	return skb;
}

void skb_queue_purge(struct sk_buff_head *q)
{
	struct sk_buff *skb;

	while ((skb = skb_dequeue(q)))
		kfree_skb(skb);
}
