using RecruitBot.Hosting;

return await RecruitBotApp.RunAsync(args);
