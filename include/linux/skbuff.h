/* include/linux/skbuff.h — packet buffers, the one buffer type of the
 * network code (Linux: struct sk_buff).
 *
 * A buffer owns `size` bytes; the packet is [data, data + len).  Room is
 * reserved in front (headroom) so each layer on the way down can prepend
 * its header with skb_push: UDP/TCP, then IP.  On the way up each layer
 * skb_pulls its header off and hands the rest on.  AF_UNIX uses the same
 * buffers for its messages.  Every buffer alive is counted (nr_skbs) so
 * tests can see that none leaked.
 */
#ifndef _LINUX_SKBUFF_H
#define _LINUX_SKBUFF_H

#include <linux/types.h>
#include <linux/list.h>

struct sock;
struct net_device;

struct sk_buff {
	struct list_head list;
	unsigned char *head, *data;	/* buffer start; packet start */
	unsigned int len, size;		/* packet length; buffer size */
	unsigned char *network_header, *transport_header;
	struct net_device *dev;
	struct sock *sk;		/* owner whose buffer space it uses */
	u16 protocol;			/* ETH_P_IP for IPv4 */
	unsigned int truesize;		/* what it costs its owner's buffer */
	/* Per-layer scratch space (Linux: skb->cb): TCP keeps seq numbers,
	 * UDP and AF_UNIX the sender's address here. */
	union {
		struct { u32 seq; } tcp;		/* first byte's sequence number */
		struct { u32 saddr; u16 sport; } inet;
		struct { struct sock *child; } accept;	/* a connection to accept */
	} cb;
};

struct sk_buff_head {
	struct list_head head;
	unsigned int qlen;
};

#define ETH_P_IP	0x0800
#define MAX_HEADER	64		/* room for IP + TCP/UDP headers */

extern unsigned long nr_skbs;

struct sk_buff *alloc_skb(unsigned int size);
void kfree_skb(struct sk_buff *skb);
unsigned char *skb_put(struct sk_buff *skb, unsigned int len);
unsigned char *skb_push(struct sk_buff *skb, unsigned int len);
unsigned char *skb_pull(struct sk_buff *skb, unsigned int len);
void skb_reserve(struct sk_buff *skb, unsigned int len);
static inline unsigned int skb_headroom(const struct sk_buff *skb) { return skb->data - skb->head; }

void skb_queue_head_init(struct sk_buff_head *q);
void skb_queue_tail(struct sk_buff_head *q, struct sk_buff *skb);
struct sk_buff *skb_dequeue(struct sk_buff_head *q);
struct sk_buff *skb_peek(struct sk_buff_head *q);
void skb_unlink(struct sk_buff *skb, struct sk_buff_head *q);
void skb_queue_purge(struct sk_buff_head *q);
static inline bool skb_queue_empty(const struct sk_buff_head *q) { return q->qlen == 0; }
#define skb_queue_walk(q, skb) \
	for (skb = list_entry((q)->head.next, struct sk_buff, list); \
	     &skb->list != &(q)->head; skb = list_entry(skb->list.next, struct sk_buff, list))

#endif
