import { describe, expect, it } from "vitest";
import { meetingDocName } from "@/lib/collab-protocol";
import { proposalsByCategory } from "@/lib/editor/read-minutes";
import { DEFAULT_PROPOSAL_CATEGORIES } from "@/lib/proposal-categories";
import { SAMPLE_MEETING } from "@/server/demo/seed";
import { seededDemoForFile } from "@/tests/fixtures/seeded-demo-for-file";
import { readMeetingMinutes } from "./read-meeting-minutes";

const { t, sample } = seededDemoForFile();

describe("the structured reading of the seeded sample meeting", () => {
  it("returns its five agenda topics, in order, each with its presentation", async () => {
    const reading = await readMeetingMinutes({ db: t.db, docName: meetingDocName(sample.meetingId) });
    const agenda = await t.db.agendaTopic.findMany({ where: { meetingId: sample.meetingId }, orderBy: { position: "asc" } });
    const topics = reading.sections.filter((section) => section.kind === "topic");
    expect(topics.map((topic) => topic.title)).toEqual([...SAMPLE_MEETING.agenda]);
    expect(topics.map((topic) => topic.topicId)).toEqual(agenda.map((topic) => topic.id));
    for (const topic of topics) expect(topic.text.length).toBeGreaterThan(40);
    expect(topics[0]?.text).toContain("[دکتر حبیب‌الله مسعودی فرید]");
    expect(reading.sections.map((section) => section.kind)).toEqual([
      "header",
      "agenda",
      "topic",
      "topic",
      "topic",
      "topic",
      "topic",
      "qa",
      "proposals",
      "followUps",
    ]);
  });

  it("returns its Q&A pairs with who asked and who answered", async () => {
    const reading = await readMeetingMinutes({ db: t.db, docName: meetingDocName(sample.meetingId) });
    expect(reading.qa).toHaveLength(2);
    const [first, second] = reading.qa;
    expect(first?.question).toContain("اورژانس اجتماعی");
    expect(first?.askedBy).toBe("حجت‌الاسلام محمدحسین صادقی");
    expect(first?.answeredBy).toBe("دکتر حبیب‌الله مسعودی فرید");
    expect(first?.answer).toContain("۱۲۳");
    expect(first?.deferred).toBe(false);
    expect(second?.deferred).toBe(true);
    const qaSection = reading.sections.find((section) => section.kind === "qa");
    expect(first?.sectionId).toBe(qaSection?.id);
  });

  it("groups its proposals under the right categories, one per category", async () => {
    const reading = await readMeetingMinutes({ db: t.db, docName: meetingDocName(sample.meetingId) });
    const categories = await t.db.proposalCategory.findMany({ orderBy: { position: "asc" } });
    expect(categories.map((category) => category.name)).toEqual([...DEFAULT_PROPOSAL_CATEGORIES]);
    const groups = proposalsByCategory(reading, categories.map((category) => category.id));
    expect(groups.map((group) => group.categoryId)).toEqual(categories.map((category) => category.id));
    expect(groups.every((group) => group.proposals.length === 1)).toBe(true);
    const funding = groups[4]?.proposals[0];
    expect(funding?.text).toContain("منابع اعتباری");
    expect(new Set(reading.proposals.map((proposal) => proposal.id)).size).toBe(10);
  });

  it("returns its follow-ups with responsible body, due date and status", async () => {
    const reading = await readMeetingMinutes({ db: t.db, docName: meetingDocName(sample.meetingId) });
    expect(reading.followUps).toEqual([
      expect.objectContaining({ responsibleBody: "دبیرخانهٔ دفتر کمیسیون در قم", due: "2019-12-16", status: "routed" }),
      expect.objectContaining({ responsibleBody: "معاونت امور فرهنگی و اجتماعی سازمان بهزیستی کشور", due: "2020-01-20", status: "routed" }),
    ]);
    expect(reading.followUps[0]?.text).toContain("گزارش مفصل");
  });
});
