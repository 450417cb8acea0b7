/* net/ipv4/ip_input.c — receiving IPv4: check the header, hand the packet
 * to its protocol.
 *
 * ip_rcv is what the device layer calls for every ETH_P_IP packet
 * (registered with dev_add_pack in ip_init).  A malformed header or a bad
 * checksum is dropped silently, as Linux does.  The protocols (ICMP, UDP,
 * TCP) registered themselves with inet_add_protocol; a packet for an
 * unknown protocol earns an ICMP "protocol unreachable".
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/netdevice.h>
#include <net/ip.h>

static const struct net_protocol *inet_protos[256];
unsigned long ip_in_discards;

int inet_add_protocol(const struct net_protocol *prot, u8 protocol)
{
	if (inet_protos[protocol])
		return -EEXIST;
	inet_protos[protocol] = prot;
	return 0;
}

const struct net_protocol *inet_get_protocol(u8 protocol)
{
	return inet_protos[protocol];
}

static int ip_rcv(struct sk_buff *skb, struct net_device *dev)
{
	struct iphdr *iph;
	unsigned int ihl, len;
	const struct net_protocol *prot;

	(void)dev;
	if (skb->len < sizeof(*iph))
		goto drop;
	iph = (struct iphdr *)skb->data;
	ihl = (iph->ihl_version & 0x0f) * 4;
	len = ntohs(iph->tot_len);
	if ((iph->ihl_version >> 4) != 4 || ihl < sizeof(*iph) || len < ihl || len > skb->len)
		goto drop;
	if (ip_fast_csum(iph, ihl / 4) != 0)		/* over a good header: 0 */
		goto drop;
	skb->len = len;			/* drop any padding after the packet */
	skb->network_header = skb->data;
	skb_pull(skb, ihl);
	skb->transport_header = skb->data;
	prot = inet_protos[iph->protocol];
	if (!prot) {
		icmp_send(skb, ICMP_DEST_UNREACH, ICMP_PROT_UNREACH);
		goto drop;
	}
	return prot->handler(skb);
drop:
	ip_in_discards++;
	kfree_skb(skb);
	return 0;
}

static struct packet_type ip_packet_type = {
	.type = ETH_P_IP,
	.func = ip_rcv,
};

void ip_init(void)
{
	dev_add_pack(&ip_packet_type);
}
