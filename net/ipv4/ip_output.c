/* net/ipv4/ip_output.c — sending IPv4: add the header, pick the device.
 *
 * Called by UDP, TCP and ICMP with a buffer that already holds their
 * header and data and has room in front for ours.  Routing is one rule:
 * 127.0.0.0/8 (and 0.0.0.0, "this host") goes to lo; nothing else is
 * reachable from this machine.  lo's MTU (65536) is larger than any IPv4
 * packet, so there is no fragmentation.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/netdevice.h>
#include <net/ip.h>
#include <net/inet_sock.h>

static u16 ip_ident;

bool ip_route_ok(u32 daddr)
{
	return daddr == 0 || ipv4_is_loopback(daddr);
}

u32 inet_select_addr(u32 daddr)
{
	(void)daddr;
	return htonl(LOOPBACK_ADDR);
}

int ip_queue_xmit(struct sk_buff *skb, u32 saddr, u32 daddr, u8 protocol)
{
	struct iphdr *iph;

	if (!ip_route_ok(daddr)) {
		kfree_skb(skb);
		return -ENETUNREACH;
	}
	if (daddr == 0)
		daddr = htonl(LOOPBACK_ADDR);	/* 0.0.0.0 means this host */
	if (saddr == 0)
		saddr = inet_select_addr(daddr);
	iph = (struct iphdr *)skb_push(skb, sizeof(*iph));
	skb->network_header = (unsigned char *)iph;
	iph->ihl_version = 0x45;
	iph->tos = skb->sk ? inet_sk(skb->sk)->tos : 0;
	iph->tot_len = htons(skb->len);
	iph->id = htons(ip_ident++);
	iph->frag_off = htons(IP_DF);	/* Linux sets DF: path MTU discovery */
	iph->ttl = skb->sk && inet_sk(skb->sk)->uc_ttl > 0 ? inet_sk(skb->sk)->uc_ttl : IPDEFTTL;
	iph->protocol = protocol;
	iph->check = 0;
	iph->saddr = saddr;
	iph->daddr = daddr;
	iph->check = ip_fast_csum(iph, 5);
	skb->protocol = ETH_P_IP;
	skb->dev = &loopback_dev;
	return dev_queue_xmit(skb);
}
