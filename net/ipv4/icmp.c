/* net/ipv4/icmp.c — ICMP: error reports and echo.
 *
 * When UDP finds no socket for a datagram, it calls icmp_send(port
 * unreachable); the error travels back through lo like any packet, and
 * icmp_rcv hands it to the protocol of the packet it complains about (its
 * err_handler, found through the same protocol table as ip_rcv uses).
 * That is how a connected UDP socket learns ECONNREFUSED.  Echo requests
 * (ping) are answered.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <net/ip.h>

struct icmphdr {
	u8 type, code;
	u16 checksum;
	u32 rest;			/* unused for errors; id/seq for echo */
} __attribute__((packed));

void icmp_send(struct sk_buff *skb_in, int type, int code)
{
	struct iphdr *iph = ip_hdr(skb_in);
	unsigned int ihl = (iph->ihl_version & 0x0f) * 4;
	unsigned int quoted = ihl + 8;		/* the header and 8 bytes: the ports */
	struct sk_buff *skb;
	struct icmphdr *icmph;

	if (iph->protocol == 1 /* never an error about an ICMP packet */)
		return;
	if (quoted > ntohs(iph->tot_len))
		quoted = ntohs(iph->tot_len);
	skb = alloc_skb(MAX_HEADER + sizeof(*icmph) + quoted);
	if (!skb)
		return;
	skb_reserve(skb, MAX_HEADER);
	icmph = (struct icmphdr *)skb_put(skb, sizeof(*icmph));
	memcpy(skb_put(skb, quoted), iph, quoted);
	icmph->type = type;
	icmph->code = code;
	icmph->rest = 0;
	icmph->checksum = 0;
	icmph->checksum = csum_fold(csum_partial(icmph, skb->len, 0));
	ip_queue_xmit(skb, iph->daddr, iph->saddr, 1 /* IPPROTO_ICMP */);
}

static int icmp_rcv(struct sk_buff *skb)
{
	struct icmphdr *icmph = (struct icmphdr *)skb->data;
	struct iphdr *iph = ip_hdr(skb);

	if (skb->len < sizeof(*icmph) || csum_fold(csum_partial(skb->data, skb->len, 0)) != 0)
		goto drop;
	if (icmph->type == ICMP_ECHO) {
		/* Turn the request around: same data, type echo reply. */
		struct sk_buff *reply = alloc_skb(MAX_HEADER + skb->len);

		if (reply) {
			struct icmphdr *r;

			skb_reserve(reply, MAX_HEADER);
			r = (struct icmphdr *)skb_put(reply, skb->len);
			memcpy(r, icmph, skb->len);
			r->type = ICMP_ECHOREPLY;
			r->checksum = 0;
			r->checksum = csum_fold(csum_partial(r, reply->len, 0));
			ip_queue_xmit(reply, iph->daddr, iph->saddr, 1);
		}
	} else if (icmph->type == ICMP_DEST_UNREACH && skb->len >= sizeof(*icmph) + sizeof(struct iphdr) + 8) {
		struct iphdr *inner = (struct iphdr *)(icmph + 1);
		const struct net_protocol *prot = inet_get_protocol(inner->protocol);

		skb_pull(skb, sizeof(*icmph));
		if (prot && prot->err_handler)
			prot->err_handler(skb, icmph->type, icmph->code);
	}
drop:
	kfree_skb(skb);
	return 0;
}

static const struct net_protocol icmp_protocol = {
	.handler = icmp_rcv,
};

void icmp_init(void)
{
	inet_add_protocol(&icmp_protocol, 1 /* IPPROTO_ICMP */);
}
